using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>
/// The creation-date facet of the lending requests list (Alma: Managing Resource Sharing Lending Requests, "Using
/// facets"); the updated-date facet has "the same values as the created date", so it uses these too.
/// </summary>
public enum CreatedWithin
{
    [JsonStringEnumMemberName("today")] Today,
    [JsonStringEnumMemberName("yesterday")] Yesterday,
    [JsonStringEnumMemberName("2-3-days")] TwoToThreeDays,
    [JsonStringEnumMemberName("4-7-days")] FourToSevenDays,
    [JsonStringEnumMemberName("8-30-days")] EightToThirtyDays,
    [JsonStringEnumMemberName("older")] Older,
}

public static class CreatedWithinRanges
{
    /// <summary>
    /// The times of a bucket as [from, to) in UTC, counted in whole days back from today's midnight; each
    /// bucket leaves out the ones before it, and "a month" is taken as 30 days.
    /// </summary>
    public static (DateTime? From, DateTime? To) Range(this CreatedWithin bucket, DateTime utcNow)
    {
        var today = utcNow.Date;
        DateTime DaysAgo(int days) => today.AddDays(-days);
        return bucket switch
        {
            CreatedWithin.Today => (today, null),
            CreatedWithin.Yesterday => (DaysAgo(1), today),
            CreatedWithin.TwoToThreeDays => (DaysAgo(3), DaysAgo(1)),
            CreatedWithin.FourToSevenDays => (DaysAgo(7), DaysAgo(3)),
            CreatedWithin.EightToThirtyDays => (DaysAgo(30), DaysAgo(7)),
            CreatedWithin.Older => (null, DaysAgo(30)),
            _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
        };
    }
}
