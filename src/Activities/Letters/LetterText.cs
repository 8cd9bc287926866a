namespace Library.Letters;

/// <summary>The Liquid source of a letter's subject and body in one language, edited or as shipped.</summary>
public sealed record LetterText(string Code, string Language, string Subject, string Body, bool Customized);
