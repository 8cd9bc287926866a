namespace Workflows.Persistence;

/// <summary>
/// A side effect (an e-mail) written in the same transaction as the step that causes it and performed after
/// commit, so a rolled-back step sends nothing and a crash after commit still sends.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public Guid? InstanceId { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
