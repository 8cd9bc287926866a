namespace Library.Tests.Crash;

/// <summary>What a crash run measured, and what it found wrong; a run passes with no finding.</summary>
public sealed record CrashReport(
    IReadOnlyList<TimeSpan> Restarts,
    int DigitizationsCompleted,
    int LoansCompleted,
    int StepsAcknowledged,
    int ReadsOverlapped,
    int CallsLost,
    int Conflicts,
    int Letters,
    int LettersSentAgain,
    int OrphanFiles,
    TimeSpan Elapsed,
    IReadOnlyList<string> Findings)
{
    public override string ToString()
    {
        var restart = Restarts.Count == 0
            ? "none"
            : $"mean {Restarts.Average(r => r.TotalSeconds):F1} s, longest {Restarts.Max(r => r.TotalSeconds):F1} s";
        return $"{Restarts.Count} kills (restarts: {restart}); {DigitizationsCompleted} digitization requests and {LoansCompleted} loans " +
               $"worked through; {StepsAcknowledged} steps acknowledged ({ReadsOverlapped} reads of the checks lacked a step answered while they ran, not a finding), {CallsLost} calls lost with the host, {Conflicts} refused with 409 " +
               $"and retried; {Letters} letters, {LettersSentAgain} of them sent again (same Message-Id); {OrphanFiles} files left unnamed by the kills (swept); " +
               $"{Findings.Count} findings; {Elapsed.TotalSeconds:F0} s in all.";
    }
}
