using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>
/// The due-date facet of the lending requests list. Alma: Managing Resource Sharing Lending Requests ("Using facets")
/// gives it "the same values as the created-date facet", which only look back; but a due date is mostly ahead, and what
/// the desk needs is what falls due soon and what is overdue. So the facet keeps Alma's values with the same meaning
/// (<c>yesterday</c>, <c>2-3-days</c>, ...: due that many days ago, i.e. overdue by that much), adds <c>overdue</c> for
/// all of them at once, and looks ahead with <c>tomorrow</c>, <c>next-2-7-days</c>, <c>next-8-30-days</c> and
/// <c>later</c>. Requests without a due date (not yet shipped) fall in no bucket.
/// </summary>
public enum DueWithin
{
    [JsonStringEnumMemberName("overdue")] Overdue,
    [JsonStringEnumMemberName("older")] Older,
    [JsonStringEnumMemberName("8-30-days")] EightToThirtyDays,
    [JsonStringEnumMemberName("4-7-days")] FourToSevenDays,
    [JsonStringEnumMemberName("2-3-days")] TwoToThreeDays,
    [JsonStringEnumMemberName("yesterday")] Yesterday,
    [JsonStringEnumMemberName("today")] Today,
    [JsonStringEnumMemberName("tomorrow")] Tomorrow,
    [JsonStringEnumMemberName("next-2-7-days")] NextTwoToSevenDays,
    [JsonStringEnumMemberName("next-8-30-days")] NextEightToThirtyDays,
    [JsonStringEnumMemberName("later")] Later,
}

public static class DueWithinRanges
{
    /// <summary>
    /// The due dates of a bucket as [from, to), counted in whole days from today in the institution's time zone, the
    /// same day on which a loan turns Overdue (<see cref="LendingDeadline"/>); the past buckets mirror
    /// <see cref="CreatedWithin"/>, and "a month" is 30 days either way.
    /// </summary>
    public static (DateOnly? From, DateOnly? To) Range(this DueWithin bucket, DateOnly today)
    {
        DateOnly Days(int days) => today.AddDays(days);
        return bucket switch
        {
            DueWithin.Overdue => (null, today),
            DueWithin.Older => (null, Days(-30)),
            DueWithin.EightToThirtyDays => (Days(-30), Days(-7)),
            DueWithin.FourToSevenDays => (Days(-7), Days(-3)),
            DueWithin.TwoToThreeDays => (Days(-3), Days(-1)),
            DueWithin.Yesterday => (Days(-1), today),
            DueWithin.Today => (today, Days(1)),
            DueWithin.Tomorrow => (Days(1), Days(2)),
            DueWithin.NextTwoToSevenDays => (Days(2), Days(8)),
            DueWithin.NextEightToThirtyDays => (Days(8), Days(31)),
            DueWithin.Later => (Days(31), null),
            _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
        };
    }
}
