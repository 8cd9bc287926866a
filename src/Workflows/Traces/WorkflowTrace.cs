using System.Text.Json.Nodes;

namespace Workflows.Traces;

/// <summary>
/// What can be known of one workflow instance from outside the runtime: what a list shows of it (the definition version
/// it runs on, how it stands and, Faulted, where it failed), its variables, where it waits and every step it took,
/// oldest first.
/// </summary>
public sealed record WorkflowTrace : WorkflowInstanceSummary
{
    public WorkflowTrace(WorkflowInstanceSummary instance, JsonObject variables, IReadOnlyList<WaitingBookmark> waiting, IReadOnlyList<TraceStep> history)
        : base(instance)
    {
        Variables = variables;
        Waiting = waiting;
        History = history;
    }

    public JsonObject Variables { get; }
    public IReadOnlyList<WaitingBookmark> Waiting { get; }
    public IReadOnlyList<TraceStep> History { get; }

    /// <summary>The lines its WriteLine activities wrote, in order: the notes of their steps (Elsa writes them to the console).</summary>
    public IReadOnlyList<string> Log => History
        .Where(h => h.ActivityType == nameof(Activities.WriteLine) && h.Outcome == Activities.Outcomes.Done)
        .Select(h => h.Note ?? "").ToList();

    /// <summary>For a state machine: its status and open actions; null for a flowchart.</summary>
    public MachinePosition? Machine { get; init; }

    /// <summary>The names of the bookmarks it waits on, each once, in order.</summary>
    public IReadOnlyList<string> WaitingFor => Waiting.Select(w => w.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The activities it waits in, each once, in order: what a flowchart highlights.</summary>
    public IReadOnlyList<string> WaitingAt => Waiting.Select(w => w.ActivityId).Distinct().Order(StringComparer.Ordinal).ToList();
}
