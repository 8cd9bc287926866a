using Library.Languages;

namespace Library.Letters;

/// <summary>
/// The wording the service ships for every letter in every language: <c>Letters/Shipped/{language}/{code}.liquid</c>,
/// embedded in the assembly, whose first line is the subject's template and whose text after the blank line below it
/// is the body's.
/// </summary>
public static class ShippedTemplates
{
    private static readonly IReadOnlyDictionary<(string Code, Language Language), LetterText> Texts = Load();

    public static LetterText? Find(string code, Language language) => Texts.GetValueOrDefault((code, language));

    private static Dictionary<(string, Language), LetterText> Load()
    {
        var assembly = typeof(ShippedTemplates).Assembly;
        var texts = new Dictionary<(string, Language), LetterText>();
        foreach (var kind in LetterKinds.All)
        foreach (var language in Enum.GetValues<Language>())
        {
            using var stream = assembly.GetManifestResourceStream($"Letters/Shipped/{language.Code()}/{kind.Code}.liquid")
                               ?? throw new InvalidOperationException($"The letter {kind.Code} ships no {language.Code()} template.");
            var text = new StreamReader(stream).ReadToEnd().ReplaceLineEndings("\n");
            var split = text.IndexOf("\n\n", StringComparison.Ordinal);
            if (split < 0) throw new InvalidOperationException($"The {language.Code()} template of {kind.Code} has no blank line after its subject.");
            texts[(kind.Code, language)] = new LetterText(kind.Code, language, text[..split], text[(split + 2)..], Customized: false);
        }
        return texts;
    }
}
