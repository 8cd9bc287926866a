namespace Workflows.Runtime;

/// <summary>
/// Something done to the record an instance serves outside the instance's flow, written into its history as a step
/// would be: under an activity id and type of the caller's choosing, with its outcome and a note.
/// </summary>
public sealed record RecordedAction(string ActivityId, string ActivityType, string Outcome, string? Note);
