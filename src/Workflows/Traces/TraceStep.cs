namespace Workflows.Traces;

/// <summary>
/// One executed step of an instance: the activity, the outcome it took ("Waiting" when it suspended), who caused it
/// and what it noted.
/// </summary>
public sealed record TraceStep(int Sequence, DateTime At, string Actor, string ActivityId, string ActivityType, string? Outcome, string? Note);
