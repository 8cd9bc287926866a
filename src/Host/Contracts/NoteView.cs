using Library.Lending;

namespace Library.Host.Contracts;

public sealed record NoteView(NoteKind Kind, string Text, string Author, DateTime At);
