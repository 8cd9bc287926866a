using Workflows.Persistence;

namespace Library.Host.Contracts;

/// <summary>
/// Where a workflow instance stands: <see cref="WaitingFor"/> the bookmark names it waits on, <see cref="WaitingAt"/>
/// the activities it waits in (to highlight on its flowchart).
/// </summary>
public sealed record WorkflowView(Guid InstanceId, string Definition, int Version, WorkflowStatus Status, string? Result,
    IReadOnlyList<string> WaitingFor, IReadOnlyList<string> WaitingAt, string? Fault);
