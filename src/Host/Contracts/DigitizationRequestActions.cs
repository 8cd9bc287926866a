using Library.Persistence;
using Library.Digitization;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// The row actions valid for a request now, named as its endpoints are (<c>next-step</c>, <c>attach</c>, …): an
/// action is offered exactly when the request's workflow waits on the bookmark that action resumes. <c>mark-missing</c>
/// resumes the cancellation wait, and only while the item has not reached the department (<see cref="MissingItem"/>).
/// </summary>
public static class DigitizationRequestActions
{
    private static readonly (string Bookmark, string Action)[] ByBookmark =
    [
        (DigitizationBookmarks.NextStep, "next-step"),
        (DigitizationBookmarks.AttachDocument, "attach"),
        (DigitizationBookmarks.AddRepresentation, "add-representation"),
        (DigitizationBookmarks.CompleteDelivery, "done"),
        (DigitizationBookmarks.CancelRequest, "cancel"),
    ];

    private static readonly string[] Bookmarks = ByBookmark.Select(b => b.Bookmark).ToArray();

    private const string MarkMissing = "mark-missing";

    /// <summary>The actions for these open bookmark names of a request in <paramref name="status"/>, in the order the row shows them.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> openBookmarks, DigitizationStatus status)
    {
        var open = openBookmarks.ToHashSet();
        var actions = ByBookmark.Where(b => open.Contains(b.Bookmark)).Select(b => b.Action).ToList();
        if (open.Contains(DigitizationBookmarks.CancelRequest) && MissingItem.CanBeMarked(status)) actions.Insert(actions.IndexOf("cancel"), MarkMissing);
        return actions;
    }

    /// <summary>
    /// The actions of each of a page of requests (with their statuses), read in one query on the open bookmarks (keyed by
    /// request id).
    /// </summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<string>>> OfRequestsAsync(
        LibraryDbContext db, IReadOnlyDictionary<Guid, DigitizationStatus> statuses, CancellationToken ct)
    {
        var keys = statuses.Keys.Select(DigitizationBookmarks.RequestKey).ToList();
        var open = await new WorkflowTraces(db).WaitingAsync(Bookmarks, keys, ct);
        return open.GroupBy(b => Guid.Parse(b.Key)).ToDictionary(g => g.Key, g => Of(g.Select(b => b.Name), statuses[g.Key]));
    }
}
