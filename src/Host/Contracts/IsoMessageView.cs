namespace Library.Host.Contracts;

/// <summary>An ISO 18626 message as recorded; <c>answerYesNo</c> only on a cancel response.</summary>
public sealed record IsoMessageView(string ReasonForMessage, string Status, bool? AnswerYesNo, string? Note, DateTime At);
