using Library.Languages;

namespace Library.Letters;

/// <summary>The Liquid source of a letter's subject and body in one language, edited or as shipped.</summary>
public sealed record LetterText(string Code, Language Language, string Subject, string Body, bool Customized);
