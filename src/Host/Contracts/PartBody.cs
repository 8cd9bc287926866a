namespace Library.Host.Contracts;

/// <summary>The chapter, article or page range of a partial request: a title or pages will do, so each may be left out.</summary>
public sealed record PartBody(string? Title, string? Author, string? Pages);
