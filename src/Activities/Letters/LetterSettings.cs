namespace Library.Letters;

/// <summary>Section <c>Letters</c>.</summary>
public sealed class LetterSettings
{
    public const string Section = "Letters";

    /// <summary>
    /// The institution's language: letters to a requester or partner without a language of their own are written in it,
    /// and so is a letter that has no template in the language asked for.
    /// </summary>
    public string DefaultLanguage { get; set; } = "en";
}
