using Library.Digitization;

namespace Library.Notifications;

/// <summary>What a letter may need besides the request itself.</summary>
public sealed record LetterDetails(
    IReadOnlyList<Attachment> Files,
    string? DownloadUrl = null,
    int? MaxAccessCount = null,
    DateTime? AvailableUntil = null,
    string? RejectionReason = null,
    string? RejectionNote = null);
