using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>A step of a request's workflow: when, who, which activity of which type, the outcome it took and what it noted.</summary>
public sealed record HistoryView(int Sequence, DateTime At, string Actor, string Activity, string Type, string? Outcome, string? Note)
{
    public static HistoryView Of(TraceStep step) => new(step.Sequence, step.At, step.Actor, step.ActivityId, step.ActivityType, step.Outcome, step.Note);

    public static IReadOnlyList<HistoryView> Of(WorkflowTrace? trace) => trace?.History.Select(Of).ToList() ?? [];
}
