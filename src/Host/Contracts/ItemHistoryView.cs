using Library.Catalogue;

namespace Library.Host.Contracts;

/// <summary>A line of an item's history: flagged missing (by the digitization request named) or found.</summary>
public sealed record ItemHistoryView(DateTime At, string Actor, ItemEvent Event, string? Note, Guid? RequestId)
{
    public static ItemHistoryView Of(ItemHistoryEntry e) => new(e.At, e.Actor, e.Event, e.Note, e.RequestId);
}
