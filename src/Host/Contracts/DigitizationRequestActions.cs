using Library.Persistence;
using Library.Digitization;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// The row actions valid for a request now, named as its endpoints are (<c>next-step</c>, <c>attach</c>, …): an
/// action is offered exactly when the request's workflow waits on the bookmark that action resumes.
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

    /// <summary>The actions for these open bookmark names, in the order the row shows them.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> openBookmarks)
    {
        var open = openBookmarks.ToHashSet();
        return ByBookmark.Where(b => open.Contains(b.Bookmark)).Select(b => b.Action).ToList();
    }

    /// <summary>The actions of each of a page of requests, read in one query on the open bookmarks (keyed by request id).</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<string>>> OfRequestsAsync(LibraryDbContext db, IEnumerable<Guid> requestIds, CancellationToken ct)
    {
        var keys = requestIds.Select(DigitizationBookmarks.RequestKey).ToList();
        var open = await new WorkflowTraces(db).WaitingAsync(Bookmarks, keys, ct);
        return open.GroupBy(b => b.Key).ToDictionary(g => Guid.Parse(g.Key), g => Of(g.Select(b => b.Name)));
    }
}
