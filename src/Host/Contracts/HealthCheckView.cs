namespace Library.Host.Contracts;

/// <summary>One check of a health probe: <c>database</c>, <c>migrations</c> or <c>smtp</c>, its status and why.</summary>
public sealed record HealthCheckView(string Name, string Status, string? Description);
