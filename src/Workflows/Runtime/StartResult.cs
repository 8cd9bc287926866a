using Workflows.Persistence;

namespace Workflows.Runtime;

public sealed record StartResult(Guid InstanceId, WorkflowStatus Status);
