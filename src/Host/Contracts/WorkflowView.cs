using Workflows.Persistence;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// Where a workflow instance stands: <see cref="WaitingFor"/> the bookmark names it waits on, <see cref="WaitingAt"/>
/// the activities it waits in (to highlight on its flowchart).
/// </summary>
public sealed record WorkflowView(Guid InstanceId, string Definition, int Version, WorkflowStatus Status, string? Result,
    IReadOnlyList<string> WaitingFor, IReadOnlyList<string> WaitingAt, string? Fault)
{
    public static WorkflowView Of(WorkflowTrace trace) => new(trace.InstanceId, trace.DefinitionId, trace.DefinitionVersion, trace.Status,
        trace.Result, trace.WaitingFor, trace.WaitingAt, trace.Fault);
}
