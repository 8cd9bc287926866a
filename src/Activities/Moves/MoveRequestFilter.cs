namespace Library.Moves;

/// <summary>The facets of the move requests list; <see cref="ToLibrary"/> is where the item goes. A null facet does not filter.</summary>
public sealed record MoveRequestFilter(MoveStatus? Status = null, string? Barcode = null, string? ToLibrary = null)
{
    public IQueryable<MoveRequest> Apply(IQueryable<MoveRequest> moves)
    {
        if (Status is { } status) moves = moves.Where(m => m.Status == status);
        if (Barcode is not null) moves = moves.Where(m => m.Barcode == Barcode);
        if (ToLibrary is not null) moves = moves.Where(m => m.To.Library == ToLibrary);
        return moves;
    }
}
