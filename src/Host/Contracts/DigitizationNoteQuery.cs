using Library.Digitization;

namespace Library.Host.Contracts;

/// <summary>
/// The Notes tab's Find: <c>text</c> in the note, <c>createdBy</c> or <c>updatedBy</c> in the account's name; each
/// matches a part, case and accents aside, and those given must all match.
/// </summary>
public sealed record DigitizationNoteQuery(string? Text, string? CreatedBy, string? UpdatedBy)
{
    public bool Matches(DigitizationNote note) =>
        Holds(note.Text, Text) && Holds(note.CreatedBy, CreatedBy) && Holds(note.UpdatedBy, UpdatedBy);

    private static bool Holds(string value, string? part) =>
        part is null || RequestSearch.Fold(value).Contains(RequestSearch.Fold(part), StringComparison.Ordinal);
}
