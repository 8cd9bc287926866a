using Workflows.Mail;

namespace Library.Host.Contracts;

/// <summary>
/// A letter of the outbox: its state, to whom and about what, the request it belongs to (<see cref="RequestId"/>, served
/// by the workflow <see cref="Definition"/>: <c>digitization</c>, <c>lending</c>, ...), how often it was tried and the
/// server's last answer. <see cref="NextAttemptAt"/> is set while it is pending, <see cref="FailedAt"/> once it failed.
/// </summary>
public sealed record OutboxLetterView(
    Guid Id,
    OutboxState State,
    IReadOnlyList<string> To,
    string Subject,
    string? Definition,
    string? RequestId,
    Guid? InstanceId,
    int Attempts,
    string? LastError,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? SentAt,
    DateTime? FailedAt)
{
    public static OutboxLetterView Of(OutboxLetter letter) => new(letter.Id, letter.State, letter.To, letter.Subject, letter.DefinitionId,
        letter.CorrelationId, letter.InstanceId, letter.Attempts, letter.LastError, letter.CreatedAt, letter.NextAttemptAt, letter.SentAt, letter.FailedAt);

    public static List<OutboxLetterView> Of(IEnumerable<OutboxLetter> letters) => letters.Select(Of).ToList();
}
