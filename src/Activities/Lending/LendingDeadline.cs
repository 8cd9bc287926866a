using Workflows.Activities;
using static Library.Lending.LendingStatus;

namespace Library.Lending;

/// <summary>
/// The next moment the clock changes a request by itself: the end of its due date or needed-by date in the institution's
/// time zone. Each date passes once; a renewal's new due date makes a new deadline.
/// </summary>
public sealed record LendingDeadline(LendingDeadlineKind Kind, DateOnly Date, DateTime DueAtUtc)
{
    /// <summary>The loans whose due date is watched; an Overdue one has passed it already.</summary>
    public static readonly LendingStatus[] Watched = [ShippedPhysically, ReceivedByPartner, RenewRequested, RenewAccepted, Recalled];

    /// <summary>The deadline the request waits for in its status now; null when none.</summary>
    public static LendingDeadline? Of(LendingRequest request, TimeZoneInfo zone) => request switch
    {
        { DueDate: { } due } when Watched.Contains(request.Status) && request.OverdueDueDate != due
            => new(LendingDeadlineKind.Overdue, due, EndOf(due, zone)),
        { NeededBy: { } neededBy } when LendingStatuses.NotShipped.Contains(request.Status) && request.ExpiredNeededBy != neededBy
            => new(LendingDeadlineKind.Expiry, neededBy, EndOf(neededBy, zone)),
        _ => null,
    };

    /// <summary>The first moment of the next day in <paramref name="zone"/>, in UTC; where that midnight is skipped, the first moment after.</summary>
    public static DateTime EndOf(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(15);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, zone);
    }

    public override string ToString() => Kind == LendingDeadlineKind.Overdue
        ? $"overdue after due date {Date:yyyy-MM-dd} ({DueAtUtc:u})"
        : $"expires after needed-by date {Date:yyyy-MM-dd} ({DueAtUtc:u})";
}
