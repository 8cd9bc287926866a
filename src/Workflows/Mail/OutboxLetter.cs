namespace Workflows.Mail;

/// <summary>
/// A letter of the outbox as operators see it: to whom and about what, the instance that queued it (with its
/// definition and correlation id, the record it serves) and how sending it goes.
/// </summary>
public sealed record OutboxLetter(
    Guid Id,
    OutboxState State,
    IReadOnlyList<string> To,
    string Subject,
    Guid? InstanceId,
    string? DefinitionId,
    string? CorrelationId,
    int Attempts,
    string? LastError,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? SentAt,
    DateTime? FailedAt);
