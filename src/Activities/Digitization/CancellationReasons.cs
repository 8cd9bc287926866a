using Library.Persistence;
using Library.ResourceSharing;

namespace Library.Digitization;

/// <summary>
/// The reasons staff choose from when cancelling a request (Alma: Digitization Processing, "Confirm Request
/// Cancellation": a drop-down list each institution customizes, none listed in the documentation). Kept as the reason
/// list <see cref="LendingReasonList.DigitizationCancellation"/>: while it is empty the reason is free text, as a library
/// that configured no list expects; once it has entries, a cancellation must give one of them.
/// </summary>
public static class CancellationReasons
{
    public static Task<List<string>> AllAsync(LibraryDbContext db, CancellationToken ct) => db.ReasonsOfAsync(LendingReasonList.DigitizationCancellation, ct);

    /// <summary>Why <paramref name="reason"/> is refused, listing the configured reasons; null when it may be used.</summary>
    public static async Task<string?> RefusalAsync(LibraryDbContext db, string reason, CancellationToken ct)
    {
        var reasons = await AllAsync(db, ct);
        return reasons.Count == 0 || reasons.Contains(reason, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"'{reason}' is not one of the cancellation reasons (/api/requests/cancel-reasons): {string.Join(", ", reasons)}.";
    }
}
