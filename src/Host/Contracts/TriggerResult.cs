using Workflows.Persistence;

namespace Library.Host.Contracts;

public sealed record TriggerResult(Guid InstanceId, WorkflowStatus Status);
