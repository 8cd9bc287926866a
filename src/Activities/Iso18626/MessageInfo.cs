namespace Library.Iso18626;

/// <summary>Why a supplying-agency message is sent; <see cref="AnswerYesNo"/> answers a cancel or renew request.</summary>
public sealed record MessageInfo(
    ReasonForMessage ReasonForMessage, bool? AnswerYesNo = null, string? Note = null, string? ReasonUnfilled = null);
