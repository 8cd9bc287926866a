using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Validation;

/// <summary>
/// Reads a list's query parameters at the JSON edge: a facet's value must be one of the names the API writes (any
/// case), and <c>limit</c> 1–1000 (200 when left out) or another bounded number. The first value that is not is the 400 naming its parameter.
/// </summary>
public sealed class FacetReader
{
    public const int DefaultLimit = 200;

    public ProblemHttpResult? Problem { get; private set; }

    public TEnum? Enum<TEnum>(string? text, string parameter) where TEnum : struct, Enum =>
        OneOf<TEnum>(text, parameter, EnumNames<TEnum>.All, t => EnumNames<TEnum>.TryParse(t, out var value) ? value : null);

    /// <summary>A value from a list of names that is not an enum's, such as the alert messages.</summary>
    public T? OneOf<T>(string? text, string parameter, IEnumerable<string> names, Func<string, T?> parse) where T : struct
    {
        if (text is null) return null;
        if (parse(text) is { } value) return value;
        Problem ??= ApiProblems.Invalid(parameter, $"Unknown {parameter} '{text}'; one of: {string.Join(", ", names)}.");
        return null;
    }

    public int Limit(int? limit) => Number(limit, "limit", 1, 1000, DefaultLimit);

    /// <summary>A number parameter between <paramref name="min"/> and <paramref name="max"/>; <paramref name="fallback"/> when left out.</summary>
    public int Number(int? value, string parameter, int min, int max, int fallback)
    {
        if (value < min || value > max) Problem ??= ApiProblems.Invalid(parameter, $"'{parameter}' must be between {min} and {max}.");
        return value ?? fallback;
    }
}
