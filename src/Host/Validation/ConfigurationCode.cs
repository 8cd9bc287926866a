using System.Text.RegularExpressions;

namespace Library.Host.Validation;

/// <summary>The codes configuration records are addressed by in paths (departments, partners, workflow profiles).</summary>
public static partial class ConfigurationCode
{
    public const int MaxLength = 50;

    /// <summary>Why <paramref name="code"/> is refused as <paramref name="what"/> code (e.g. "a department"), or null when it is valid.</summary>
    public static string? Problem(string? code, string what) =>
        code is null || code.Length is 0 or > MaxLength || !Pattern().IsMatch(code)
            ? $"'{code}' is not {what} code: 1 to {MaxLength} letters, digits, '_' and '-'."
            : null;

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Pattern();
}
