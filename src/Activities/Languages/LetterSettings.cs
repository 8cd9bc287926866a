namespace Library.Languages;

/// <summary>Section <c>Letters</c>: the institution's language, for requesters and partners who have none of their own.</summary>
public sealed class LetterSettings
{
    /// <summary>A language code (<c>en</c>, <c>fr</c> or <c>zh</c>); <c>en</c> unless set.</summary>
    public string DefaultLanguage { get; set; } = "en";

    public bool HasKnownDefaultLanguage() => LanguageCodes.TryParse(DefaultLanguage, out _);

    public Language InstitutionLanguage() =>
        LanguageCodes.TryParse(DefaultLanguage, out var language) ? language : throw new InvalidOperationException($"Letters:DefaultLanguage '{DefaultLanguage}' is not {LanguageCodes.Listed}.");
}
