namespace Library.Lending;

/// <summary>A note staff added to a request, on its own or with an action.</summary>
public sealed class LendingNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public NoteKind Kind { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTime At { get; set; }
}
