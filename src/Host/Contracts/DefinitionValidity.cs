namespace Library.Host.Contracts;

public sealed record DefinitionValidity(bool Valid);
