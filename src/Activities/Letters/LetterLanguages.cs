namespace Library.Letters;

/// <summary>The languages letters are written in: those the reference documentation exists in.</summary>
public static class LetterLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "fr", "zh"];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}
