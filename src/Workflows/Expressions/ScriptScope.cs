namespace Workflows.Expressions;

/// <summary>What a script may know of the instance it runs in, besides its variables.</summary>
public sealed record ScriptScope(Guid InstanceId, string? CorrelationId);
