namespace Workflows.Mail;

/// <summary>A file to attach, read from <see cref="Path"/> when the message is sent.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Path);
