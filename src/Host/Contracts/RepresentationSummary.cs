namespace Library.Host.Contracts;

public sealed record RepresentationSummary(Guid Id, string UsageType, bool Active, int Files);
