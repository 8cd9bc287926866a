using Library.Languages;
using Library.Letters;

namespace Library.Host.Contracts;

/// <summary>A letter's Liquid templates in one language, whether the letter is sent, and the fields the templates can print.</summary>
public sealed record LetterTemplateView(
    string Code, string Name, Language Language, string Subject, string Body, bool Enabled, bool Customized,
    DateTime? UpdatedAt, string? UpdatedBy, IReadOnlyList<LetterField> Fields);
