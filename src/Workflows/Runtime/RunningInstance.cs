namespace Workflows.Runtime;

/// <summary>An instance that has not ended, and the record it serves.</summary>
public sealed record RunningInstance(Guid Id, string? CorrelationId);
