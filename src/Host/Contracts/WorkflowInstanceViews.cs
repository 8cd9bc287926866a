using System.Text.Json.Nodes;
using Workflows.Persistence;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>Where a Faulted instance failed: the activity (its id in the definition) and its type, and when.</summary>
public sealed record IncidentView(string Activity, string Type, DateTime At)
{
    public static IncidentView? Of(WorkflowIncident? incident) =>
        incident is null ? null : new IncidentView(incident.ActivityId, incident.ActivityType, incident.At);
}

/// <summary>
/// One instance in the operators' list: its definition version, the business key it serves (a request's id), how it
/// stands, and for a Faulted one what failed (<see cref="Fault"/>) and where (<see cref="Incident"/>).
/// </summary>
public sealed record WorkflowInstanceSummaryView(Guid Id, string Definition, int Version, string? CorrelationId, Guid? ParentInstanceId,
    WorkflowStatus Status, string? Result, string? Fault, IncidentView? Incident, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WorkflowInstanceSummaryView Of(WorkflowInstanceSummary i) => new(i.InstanceId, i.DefinitionId, i.DefinitionVersion,
        i.CorrelationId, i.ParentInstanceId, i.Status, i.Result, i.Fault, IncidentView.Of(i.Incident), i.CreatedAt, i.UpdatedAt);
}

/// <summary>A page of the list, the most recently changed first, and how many instances match in all.</summary>
public sealed record WorkflowInstancePageView(int Total, int Page, int PageSize, IReadOnlyList<WorkflowInstanceSummaryView> Items);

/// <summary>
/// One instance as an operator investigating it sees it: the summary, where it waits, its variables, the lines its
/// WriteLine steps wrote (<see cref="Log"/>) and every step; for a state machine, its status and the actions open from
/// it (<see cref="Machine"/>, null for a flowchart). What the engine's API answers for any workflow (Elsa's instance).
/// </summary>
public sealed record WorkflowInstanceView(Guid Id, string Definition, int Version, string? CorrelationId, Guid? ParentInstanceId,
    WorkflowStatus Status, string? Result, string? Fault, IncidentView? Incident, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<string> WaitingFor, IReadOnlyList<string> WaitingAt, JsonObject Variables, IReadOnlyList<string> Log,
    IReadOnlyList<HistoryView> History, MachinePositionView? Machine)
{
    public static WorkflowInstanceView Of(WorkflowTrace t) => new(t.InstanceId, t.DefinitionId, t.DefinitionVersion, t.CorrelationId,
        t.ParentInstanceId, t.Status, t.Result, t.Fault, IncidentView.Of(t.Incident), t.CreatedAt, t.UpdatedAt, t.WaitingFor, t.WaitingAt,
        t.Variables, t.Log, HistoryView.Of(t), MachinePositionView.Of(t.Machine));
}

/// <summary>A state machine's status and the actions open from it now, in the definition's order.</summary>
public sealed record MachinePositionView(string Status, IReadOnlyList<string> OpenActions)
{
    public static MachinePositionView? Of(MachinePosition? position) => position is null ? null : new(position.Status, position.OpenActions);
}

/// <summary>
/// A Faulted instance serving a request (its own workflow, or a child such as its approval), as the request's page shows
/// it with a Retry button: <see cref="Activity"/> is null for an instance faulted before failed steps were recorded.
/// </summary>
public sealed record FaultView(Guid InstanceId, string Definition, int Version, string Fault, string? Activity, string? Type, DateTime? At)
{
    public static FaultView Of(WorkflowInstanceSummary i) => new(i.InstanceId, i.DefinitionId, i.DefinitionVersion, i.Fault ?? "",
        i.Incident?.ActivityId, i.Incident?.ActivityType, i.Incident?.At);
}
