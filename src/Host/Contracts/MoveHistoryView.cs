using Library.Moves;

namespace Library.Host.Contracts;

/// <summary>Who changed the status, when, from what to what, and why; <see cref="From"/> is null on the line that created the request.</summary>
public sealed record MoveHistoryView(DateTime At, string Actor, MoveStatus? From, MoveStatus To, string? Note);
