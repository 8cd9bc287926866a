using Library.Digitization;

namespace Library.Host.Contracts;

/// <summary>A note of the Notes tab: its text, and who created and who last updated it, when.</summary>
public sealed record DigitizationNoteView(Guid Id, string Text, string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt)
{
    public static DigitizationNoteView Of(DigitizationNote note) =>
        new(note.Id, note.Text, note.CreatedBy, note.CreatedAt, note.UpdatedBy, note.UpdatedAt);
}
