using System.Text.Json;
using Workflows.Persistence;

namespace Workflows.Mail;

/// <summary>Turns e-mails into outbox rows and back.</summary>
internal static class MailOutbox
{
    public const string Kind = "email";

    public static OutboxMessage Create(Guid? instanceId, EmailMessage message, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        InstanceId = instanceId,
        Kind = Kind,
        Payload = JsonSerializer.Serialize(message),
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public static EmailMessage Read(OutboxMessage row) =>
        JsonSerializer.Deserialize<EmailMessage>(row.Payload) ?? throw new InvalidOperationException($"Outbox message {row.Id} is empty.");
}
