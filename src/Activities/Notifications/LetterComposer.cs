using System.Text;
using Library.Digitization;
using Workflows.Mail;

namespace Library.Notifications;

/// <summary>Writes a letter's subject and text for a request.</summary>
public static class LetterComposer
{
    public static EmailMessage Compose(Letter letter, DigitizationRequest request, LetterDetails details)
    {
        var title = Describe(request);
        var (subject, lines, files) = letter switch
        {
            Letter.DigitizationNotificationItem => (
                $"Your digitized copy of \"{title}\" is ready",
                new[] { "The file you asked us to digitize is attached to this message." },
                details.Files),
            Letter.DocumentDeliveryNotification => (
                $"Your digitized copy of \"{title}\" is ready to download",
                new[]
                {
                    "Download the file you asked us to digitize here:",
                    details.DownloadUrl ?? throw new InvalidOperationException("A download link is required."),
                    details.MaxAccessCount is { } max ? $"The link can be used {max} time(s)." : "",
                    details.AvailableUntil is { } until ? $"The file is available until {until:yyyy-MM-dd}." : "",
                },
                []),
            Letter.RepresentationAvailable => (
                $"\"{title}\" is now available in our digital collection",
                new[] { "The item you asked us to digitize has been added to the library's digital collection, where you can view it." },
                []),
            Letter.CancelRequest => (
                $"Your digitization request for \"{title}\" was cancelled",
                new[] { "We are sorry: your digitization request was cancelled.", $"Reason: {request.CancellationReason}", Optional("Note", request.CancellationNote) },
                []),
            Letter.DigitizationRejected => (
                $"Your digitization request for \"{title}\" was not approved",
                new[] { "We are sorry: your digitization request was not approved.", $"Reason: {details.RejectionReason}", Optional("Note", details.RejectionNote) },
                []),
            Letter.DigitizationExpired => (
                $"Your digitization request for \"{title}\" has expired",
                new[] { $"We could not complete your digitization request by {request.ExpiresAt:yyyy-MM-dd}, so it has expired.", "You are welcome to place it again." },
                []),
            _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "No text for this letter."),
        };
        return new EmailMessage([request.Requester.Email], subject, Body(request, lines),
            files.OrderBy(a => a.AddedAt).Select(a => new EmailAttachment(a.FileName, a.ContentType, a.StoragePath)).ToList());
    }

    private static string Optional(string label, string? value) => value is { Length: > 0 } ? $"{label}: {value}" : "";

    private static string Describe(DigitizationRequest request) =>
        request.Part?.Title is { Length: > 0 } part ? $"{part} — {request.Item.Title}" : request.Item.Title;

    private static string Body(DigitizationRequest request, IEnumerable<string> lines)
    {
        var text = new StringBuilder("Dear reader,\n\n");
        foreach (var line in lines.Where(l => l.Length > 0)) text.AppendLine(line);
        text.AppendLine().AppendLine($"Title: {request.Item.Title}");
        if (request.Part is { } part)
            text.AppendLine($"Part: {part.Title} {part.Author} {part.Pages}".TrimEnd());
        text.AppendLine($"Request: {request.Id}");
        text.AppendLine().AppendLine("Your library");
        return text.ToString();
    }
}
