namespace Library.Host.Contracts;

/// <summary>A shelving location: where a move request takes the item from.</summary>
public sealed record ShelfBody(string Library, string Location);
