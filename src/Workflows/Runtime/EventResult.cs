namespace Workflows.Runtime;

/// <summary>
/// What a published event did: the instances it started and those waiting on it that it resumed, each with how it
/// stands now; and, for each one whose step failed, the fault (a resumed one stays Faulted for a retry, a start leaves nothing).
/// </summary>
public sealed record EventResult(IReadOnlyList<StartResult> Started, IReadOnlyList<ResumeResult> Resumed, IReadOnlyList<string> Faults);
