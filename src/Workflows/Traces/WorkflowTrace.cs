using System.Text.Json.Nodes;
using Workflows.Persistence;

namespace Workflows.Traces;

/// <summary>
/// What can be known of one workflow instance from outside the runtime: the definition version it runs on, how it
/// stands, where it waits and every step it took, oldest first.
/// </summary>
public sealed record WorkflowTrace(
    Guid InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    Guid? ParentInstanceId,
    WorkflowStatus Status,
    string? Result,
    string? Fault,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    JsonObject Variables,
    IReadOnlyList<WaitingBookmark> Waiting,
    IReadOnlyList<TraceStep> History)
{
    /// <summary>The names of the bookmarks it waits on, each once, in order.</summary>
    public IReadOnlyList<string> WaitingFor => Waiting.Select(w => w.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The activities it waits in, each once, in order: what a flowchart highlights.</summary>
    public IReadOnlyList<string> WaitingAt => Waiting.Select(w => w.ActivityId).Distinct().Order(StringComparer.Ordinal).ToList();
}
