using Library.Letters;

namespace Library.Host.Contracts;

/// <summary>A letter's Liquid templates in one language, whether the letter is sent, and the fields the templates can print.</summary>
public sealed record LetterTemplateView(
    string Code, string Name, string Language, string Subject, string Body, bool Enabled, bool Customized,
    DateTime? UpdatedAt, string? UpdatedBy, IReadOnlyList<LetterField> Fields);
