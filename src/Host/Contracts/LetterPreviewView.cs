using Library.Languages;

namespace Library.Host.Contracts;

/// <summary>A letter as it would be sent for a request, not sent: to whom, in which language, and whether the letter is enabled.</summary>
public sealed record LetterPreviewView(string To, Language Language, string Subject, string Body, bool Enabled);
