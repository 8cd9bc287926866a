namespace Library.Accounts;

/// <summary>The languages the staff UI is written in, by their ISO 639-1 code; English when nothing else is said.</summary>
public static class StaffLanguages
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [English, "fr", "zh"];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}
