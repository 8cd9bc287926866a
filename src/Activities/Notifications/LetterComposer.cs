using System.Text;
using Library.Requests;
using Workflows.Mail;

namespace Library.Notifications;

/// <summary>Writes a letter's subject and text for a request.</summary>
public static class LetterComposer
{
    public static EmailMessage Compose(Letter letter, DigitizationRequest request) => letter switch
    {
        Letter.DigitizationNotificationItem => new EmailMessage(
            [request.Requester.Email],
            $"Your digitized copy of \"{Describe(request)}\" is ready",
            Body(request,
                "The file you asked us to digitize is attached to this message.",
                $"Request: {request.Id}"),
            request.Attachments.OrderBy(a => a.AddedAt)
                .Select(a => new EmailAttachment(a.FileName, a.ContentType, a.StoragePath)).ToList()),
        Letter.CancelRequest => new EmailMessage(
            [request.Requester.Email],
            $"Your digitization request for \"{Describe(request)}\" was cancelled",
            Body(request,
                "We are sorry: your digitization request was cancelled.",
                $"Reason: {request.CancellationReason}",
                request.CancellationNote is null ? "" : $"Note: {request.CancellationNote}",
                $"Request: {request.Id}"),
            []),
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "No text for this letter."),
    };

    private static string Describe(DigitizationRequest request) =>
        request.Part?.Title is { Length: > 0 } part ? $"{part} — {request.Item.Title}" : request.Item.Title;

    private static string Body(DigitizationRequest request, params string[] lines)
    {
        var text = new StringBuilder("Dear reader,\n\n");
        foreach (var line in lines.Where(l => l.Length > 0)) text.AppendLine(line);
        text.AppendLine().AppendLine($"Title: {request.Item.Title}");
        if (request.Part is { } part)
            text.AppendLine($"Part: {part.Title} {part.Author} {part.Pages}".TrimEnd());
        text.AppendLine().AppendLine("Your library");
        return text.ToString();
    }
}
