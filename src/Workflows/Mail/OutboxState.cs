namespace Workflows.Mail;

/// <summary>Where a letter of the outbox stands.</summary>
public enum OutboxState
{
    /// <summary>Waiting to be sent, or to be tried again after the server could not take it for now.</summary>
    Pending,

    /// <summary>The SMTP server accepted it.</summary>
    Sent,

    /// <summary>The server refused it for good, or for now too many times: no longer tried, until an operator retries it.</summary>
    Failed,

    /// <summary>An operator gave up on the failed letter; kept for the record.</summary>
    Dismissed,
}
