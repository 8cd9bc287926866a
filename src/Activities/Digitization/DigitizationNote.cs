namespace Library.Digitization;

/// <summary>
/// A note on the Notes tab of a request's Edit page (Alma: Digitization Processing, "Edit"): staff add, edit and delete
/// notes, and find them by their text or by who created or last updated them.
/// </summary>
public sealed class DigitizationNote
{
    public const int MaxLength = 2000;

    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public required string Text { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}
