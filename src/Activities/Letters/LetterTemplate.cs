using Library.Languages;

namespace Library.Letters;

/// <summary>
/// A letter's wording in one language as a letter administrator edited it: Liquid templates of its subject and body.
/// A letter and language without one is written as the service ships it (<see cref="ShippedTemplates"/>).
/// </summary>
public sealed class LetterTemplate
{
    public const int MaxSubjectLength = 1000;
    public const int MaxBodyLength = 20_000;

    public required string Code { get; set; }
    public Language Language { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
