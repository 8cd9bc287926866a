namespace Library.Host.Contracts;

public sealed record DefinitionSummary(string Id, int Version, string Name, bool Published, string Source, DateTime CreatedAt);
