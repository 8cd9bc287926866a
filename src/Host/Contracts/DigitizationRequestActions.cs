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
    /// The actions of each of a page of requests (keyed by request id): those of the open bookmarks, read in one query,
    /// then the change of inventory where it applies (<see cref="InventoryActions"/>).
    /// </summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<string>>> OfRequestsAsync(LibraryDbContext db, IReadOnlyCollection<InventoryActions.Row> rows,
        CancellationToken ct)
    {
        var keys = rows.Select(r => DigitizationBookmarks.RequestKey(r.Id)).ToList();
        var open = await new WorkflowTraces(db).WaitingAsync(Bookmarks, keys, ct);
        var byRequest = open.GroupBy(b => Guid.Parse(b.Key)).ToDictionary(g => g.Key, g => g.Select(b => b.Name).ToList());
        var waitingForNextStep = byRequest.Where(r => r.Value.Contains(DigitizationBookmarks.NextStep)).Select(r => r.Key).ToHashSet();
        var changes = await InventoryActions.OfAsync(db, rows, waitingForNextStep, ct);
        return rows.ToDictionary(r => r.Id, r => With(Of(byRequest.GetValueOrDefault(r.Id) ?? [], r.Status), changes.GetValueOrDefault(r.Id)));
    }

    /// <summary>The actions of one request whose workflow waits on these bookmark names.</summary>
    public static async Task<IReadOnlyList<string>> OfRequestAsync(LibraryDbContext db, InventoryActions.Row row, IReadOnlyCollection<string> openBookmarks,
        CancellationToken ct)
    {
        var waitingForNextStep = openBookmarks.Contains(DigitizationBookmarks.NextStep) ? new HashSet<Guid> { row.Id } : [];
        var changes = await InventoryActions.OfAsync(db, [row], waitingForNextStep, ct);
        return With(Of(openBookmarks, row.Status), changes.GetValueOrDefault(row.Id));
    }

    private static IReadOnlyList<string> With(IReadOnlyList<string> actions, string? change) => change is null ? actions : [.. actions, change];
}
