using Library.Languages;
using Library.Letters;

namespace Library.Host.Contracts;

/// <summary>
/// A letter of <c>GET /api/letters</c>: its code and name, whom it goes to, whether it is sent, its template in each
/// language (edited, or as shipped), and the fields its templates can print.
/// </summary>
public sealed record LetterSummary(
    string Code, string Name, LetterRecipient Recipient, bool Enabled, IReadOnlyList<LetterLanguageView> Languages, IReadOnlyList<LetterField> Fields);

/// <summary>A letter's template in one language: <see cref="Customized"/> when a letter administrator saved it, with who and when.</summary>
public sealed record LetterLanguageView(Language Language, bool Customized, DateTime? UpdatedAt, string? UpdatedBy);
