using Library.Languages;

namespace Library.Letters;

/// <summary>A letter written for one request: its subject and body, and the language they are in.</summary>
public sealed record ComposedLetter(string Subject, string Body, Language Language);
