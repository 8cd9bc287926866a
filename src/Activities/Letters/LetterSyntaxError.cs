namespace Library.Letters;

/// <summary>Why a template does not parse: the parser's message and the line of the template it points at.</summary>
public sealed record LetterSyntaxError(string Message, int? Line);
