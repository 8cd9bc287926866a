namespace Workflows.Mail;

/// <summary>What an operator's retry or dismissal came to: the letter as it stands now, and whether it changed (it does only when it had failed).</summary>
public sealed record OutboxLetterChange(OutboxLetter Letter, bool Changed);
