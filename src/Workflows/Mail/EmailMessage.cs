namespace Workflows.Mail;

/// <summary>An e-mail as a step asks for it; the outbox stores it as JSON until it is sent.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, IReadOnlyList<EmailAttachment> Attachments);
