using Workflows.Mail;

namespace Workflows.Persistence;

/// <summary>
/// A side effect (an e-mail, an HTTP POST) written in the same transaction as the step that causes it and performed
/// after commit, so a rolled-back step sends nothing and a crash after commit still sends. Several hosts share the outbox:
/// a host takes messages for a while (its lease), and a message whose host died mid-send is taken by another when
/// the lease runs out. A letter the server refuses for good, or for now too many times, is failed and waits for an
/// operator (<see cref="OutboxLetters"/>).
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public Guid? InstanceId { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }

    /// <summary>
    /// Messages sharing it are delivered one after another in <see cref="Sequence"/> order (an HTTP message's partner
    /// and the record it is about); null for messages that need no order (e-mail).
    /// </summary>
    public string? OrderingKey { get; set; }

    /// <summary>
    /// The message's place among those of its <see cref="OrderingKey"/>, one past the last queued before it. Neither
    /// the id nor <see cref="CreatedAt"/> orders two messages queued in one step.
    /// </summary>
    public long Sequence { get; set; }
    public DateTime CreatedAt { get; set; }
    public OutboxState State { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>When it was given up on; kept when it is dismissed, cleared when it is retried.</summary>
    public DateTime? FailedAt { get; set; }

    /// <summary>Tries since it was queued or last retried by an operator; with <see cref="LeasedUntil"/>, the row's concurrency token.</summary>
    public int Attempts { get; set; }

    /// <summary>When the dispatcher may next try it; null once it is no longer pending.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The host sending it, until <see cref="LeasedUntil"/>; for operators reading the table.</summary>
    public string? LeasedBy { get; set; }

    /// <summary>Until when the host that took it may send it alone; also the row's concurrency token, so two hosts never both take it.</summary>
    public DateTime? LeasedUntil { get; set; }
}
