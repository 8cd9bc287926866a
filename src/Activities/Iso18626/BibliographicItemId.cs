namespace Library.Iso18626;

/// <summary>A standard number of the item: its code (<c>ISBN</c>, <c>ISSN</c>, ...) and the identifier.</summary>
public sealed record BibliographicItemId(string Code, string Identifier);
