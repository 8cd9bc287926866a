namespace Library.Letters;

/// <summary>How the letter models hand values to Liquid so that <c>{% if %}</c> and the <c>date</c> filter work on them.</summary>
public static class LetterValues
{
    /// <summary>An empty text as nothing: Liquid takes an empty string as true.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A stored UTC time as an instant the <c>date</c> filter prints in UTC.</summary>
    public static DateTimeOffset? Date(DateTime? value) =>
        value is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;

    /// <summary>A calendar date as its midnight, so it prints as that day.</summary>
    public static DateTimeOffset? Date(DateOnly? value) =>
        value is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
