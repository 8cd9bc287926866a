using Library.Digitization;
using Library.Letters;

namespace Library.Notifications;

/// <summary>The values a requester's letter template prints (the fields <see cref="Letters.LetterKinds"/> lists), by their Liquid names.</summary>
public static class RequesterLetterModel
{
    public static Dictionary<string, object?> Of(DigitizationRequest request, LetterDetails details) => new()
    {
        ["request"] = new Dictionary<string, object?>
        {
            ["id"] = request.Id.ToString(),
            ["title"] = request.Part?.Title is { Length: > 0 } part ? $"{part} — {request.Item.Title}" : request.Item.Title,
            ["expires_at"] = LetterValues.Date(request.ExpiresAt),
        },
        ["item"] = new Dictionary<string, object?> { ["title"] = request.Item.Title, ["barcode"] = request.Item.Barcode },
        ["part"] = request.Part is { } p
            ? new Dictionary<string, object?>
            {
                ["title"] = LetterValues.Text(p.Title), ["author"] = LetterValues.Text(p.Author), ["pages"] = LetterValues.Text(p.Pages),
            }
            : null,
        ["requester"] = new Dictionary<string, object?>
        {
            ["id"] = request.Requester.Id, ["name"] = LetterValues.Text(request.Requester.Name), ["email"] = request.Requester.Email,
        },
        ["file_count"] = details.Files.Count,
        ["link"] = details.DownloadUrl is { } url
            ? new Dictionary<string, object?>
            {
                ["url"] = url, ["max_access_count"] = details.MaxAccessCount, ["available_until"] = LetterValues.Date(details.AvailableUntil),
            }
            : null,
        ["cancellation"] = new Dictionary<string, object?>
        {
            ["reason"] = LetterValues.Text(request.CancellationReason), ["note"] = LetterValues.Text(request.CancellationNote),
        },
        ["rejection"] = new Dictionary<string, object?>
        {
            ["reason"] = LetterValues.Text(details.RejectionReason), ["note"] = LetterValues.Text(details.RejectionNote),
        },
    };
}
