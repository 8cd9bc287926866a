using Workflows.Persistence;

namespace Workflows.Traces;

/// <summary>
/// One instance in a list: what it runs, the business key it serves, how it stands, and for a Faulted one what failed
/// (<see cref="Fault"/>) and where (<see cref="Incident"/>, absent for instances faulted before incidents were kept).
/// A <see cref="WorkflowTrace"/> is one with its variables, waits and history.
/// </summary>
public record WorkflowInstanceSummary(
    Guid InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    Guid? ParentInstanceId,
    WorkflowStatus Status,
    string? Result,
    string? Fault,
    WorkflowIncident? Incident,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    internal static WorkflowInstanceSummary Of(WorkflowInstance i) => new(i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId,
        i.ParentInstanceId, i.Status, i.Result, i.Fault, IncidentOf(i), i.CreatedAt, i.UpdatedAt);

    private static WorkflowIncident? IncidentOf(WorkflowInstance i) =>
        i.Incident is { } step ? new WorkflowIncident(step.ActivityId, step.ActivityType, step.At) : null;
}
