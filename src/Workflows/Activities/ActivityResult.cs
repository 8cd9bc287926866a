namespace Workflows.Activities;

/// <summary>What an activity asks of the runtime after it ran.</summary>
public sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes, IReadOnlyList<BookmarkRequest> bookmarks, bool cancelled = false,
        string? result = null, string? reason = null, string? fault = null)
    {
        Kind = kind;
        OutcomeNames = outcomes;
        Bookmarks = bookmarks;
        Cancelled = cancelled;
        Result = result;
        Reason = reason;
        Fault = fault;
    }

    public ActivityResultKind Kind { get; }

    /// <summary>The outcome, or the first of several.</summary>
    public string? OutcomeName => OutcomeNames.Count > 0 ? OutcomeNames[0] : null;

    /// <summary>Every outcome it ended with: one, or several at once (a fork's branches).</summary>
    public IReadOnlyList<string> OutcomeNames { get; }
    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }
    public bool Cancelled { get; }

    /// <summary>For an end: a word for how the work ended (e.g. "Rejected"), kept on the instance.</summary>
    public string? Result { get; }

    /// <summary>For a decline: why the resumption does not apply, for the caller.</summary>
    public string? Reason { get; }

    /// <summary>For an end: why the work failed, when it ended faulted (<see cref="Fail"/>).</summary>
    public string? Fault { get; }

    public static ActivityResult Done { get; } = Outcome(Outcomes.Done);

    /// <summary>Continue along every connection leaving this activity with that outcome.</summary>
    public static ActivityResult Outcome(string name) => new(ActivityResultKind.Outcome, [name], []);

    /// <summary>Continue along the connections of every one of <paramref name="names"/> at once, as Elsa's FlowFork does.</summary>
    public static ActivityResult Outcome(IReadOnlyList<string> names) =>
        names.Count == 0
            ? throw new ArgumentException("At least one outcome is needed.", nameof(names))
            : new(ActivityResultKind.Outcome, names.Distinct().ToList(), []);

    /// <summary>Suspend this branch until one of the bookmarks is resumed.</summary>
    public static ActivityResult Wait(params BookmarkRequest[] bookmarks) =>
        bookmarks.Length == 0
            ? throw new ArgumentException("A wait needs at least one bookmark.", nameof(bookmarks))
            : new(ActivityResultKind.Wait, [], bookmarks);

    /// <summary>This branch stops here without waiting (a join that is still missing branches).</summary>
    public static ActivityResult Halt { get; } = new(ActivityResultKind.Halt, [], []);

    /// <summary>End the whole instance now, removing every other open wait.</summary>
    public static ActivityResult EndWorkflow(bool cancelled, string? result = null) => new(ActivityResultKind.End, [], [], cancelled, result);

    /// <summary>
    /// End the whole instance now as faulted, saying why: the definition's own verdict that the work failed (Elsa's
    /// Fault), unlike an exception, which rolls its step back for a retry.
    /// </summary>
    public static ActivityResult Fail(string fault) => new(ActivityResultKind.End, [], [], fault: fault);

    /// <summary>
    /// From <see cref="Activity.ResumeAsync"/> only: the resumption does not apply to the instance as it is now (a
    /// concurrent change moved it on). Nothing of the unit of work is saved, the bookmark stays, and the caller is
    /// told why, as it would be by a check made before resuming.
    /// </summary>
    public static ActivityResult Decline(string reason) => new(ActivityResultKind.Declined, [], [], reason: reason);
}
