namespace Library.Moves;

/// <summary>
/// The waiting points of a move workflow. Arrival has a name of its own, not the digitization's <c>ScanIn</c>,
/// so a scan at a place resumes a move only when the move is bound for that place, and never takes a scan
/// meant for a digitization request of the same item (or the reverse).
/// </summary>
public static class MoveBookmarks
{
    /// <summary>The item is scanned in at the move's destination; key <c>barcode@place</c>.</summary>
    public const string Arrival = "MoveArrival";

    /// <summary>Staff cancel the move; key is the move request's id.</summary>
    public const string Cancel = "CancelMove";

    public static string ArrivalKey(string barcode, Place place) => $"{barcode}@{place.Key}";

    public static string MoveKey(Guid moveId) => moveId.ToString();
}
