namespace Workflows.Activities;

/// <summary>What an activity asks of the runtime after it ran.</summary>
public sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, string? outcome, IReadOnlyList<BookmarkRequest> bookmarks, bool cancelled = false, string? result = null,
        string? reason = null)
    {
        Kind = kind;
        OutcomeName = outcome;
        Bookmarks = bookmarks;
        Cancelled = cancelled;
        Result = result;
        Reason = reason;
    }

    public ActivityResultKind Kind { get; }
    public string? OutcomeName { get; }
    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }
    public bool Cancelled { get; }

    /// <summary>For an end: a word for how the work ended (e.g. "Rejected"), kept on the instance.</summary>
    public string? Result { get; }

    /// <summary>For a decline: why the resumption does not apply, for the caller.</summary>
    public string? Reason { get; }

    public static ActivityResult Done { get; } = Outcome(Outcomes.Done);

    /// <summary>Continue along every connection leaving this activity with that outcome.</summary>
    public static ActivityResult Outcome(string name) => new(ActivityResultKind.Outcome, name, []);

    /// <summary>Suspend this branch until one of the bookmarks is resumed.</summary>
    public static ActivityResult Wait(params BookmarkRequest[] bookmarks) =>
        bookmarks.Length == 0
            ? throw new ArgumentException("A wait needs at least one bookmark.", nameof(bookmarks))
            : new(ActivityResultKind.Wait, null, bookmarks);

    /// <summary>This branch stops here without waiting (a join that is still missing branches).</summary>
    public static ActivityResult Halt { get; } = new(ActivityResultKind.Halt, null, []);

    /// <summary>End the whole instance now, removing every other open wait.</summary>
    public static ActivityResult EndWorkflow(bool cancelled, string? result = null) => new(ActivityResultKind.End, null, [], cancelled, result);

    /// <summary>
    /// From <see cref="Activity.ResumeAsync"/> only: the resumption does not apply to the instance as it is now (a
    /// concurrent change moved it on). Nothing of the unit of work is saved, the bookmark stays, and the caller is
    /// told why, as it would be by a check made before resuming.
    /// </summary>
    public static ActivityResult Decline(string reason) => new(ActivityResultKind.Declined, null, [], reason: reason);
}
