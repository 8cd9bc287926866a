using Library.Letters;

namespace Library.Lending;

/// <summary>
/// The letters an e-mail partner receives (Alma: Managing Resource Sharing Lending Requests names them: the lender's
/// ship, reject and check-in e-mail letters, and the borrower overdue letter), a recall, a damage report, the answer to
/// its cancel request, and the newest communication staff wrote; <see cref="LetterKinds"/> lists them with their fields.
/// Other events reach e-mail partners by no letter: an expiry follows the partner's own needed-by date, so it learns
/// nothing new from one.
/// </summary>
public static class PartnerLetters
{
    /// <summary>The values a partner letter's template prints, by their Liquid names.</summary>
    public static Dictionary<string, object?> ModelOf(PartnerEvent partnerEvent, LendingRequest request) => new()
    {
        ["partner"] = new Dictionary<string, object?> { ["code"] = request.Partner.Code, ["name"] = request.Partner.Name },
        ["request"] = new Dictionary<string, object?>
        {
            ["external_id"] = request.ExternalId,
            ["title"] = request.Item.Title,
            ["barcodes"] = string.Join(", ", request.ShippedBarcodes),
            ["due_date"] = LetterValues.Date(request.DueDate),
            ["rejection_reason"] = LetterValues.Text(request.RejectionReason),
        },
        ["note"] = partnerEvent != PartnerEvent.Communication ? LetterValues.Text(NoteOfThisAction(request)) : null,
        ["shipment"] = request.DigitalShipment is { } shipment
            ? new Dictionary<string, object?>
            {
                ["url"] = shipment.Url,
                ["max_access_count"] = shipment.MaxAccessCount,
                ["available_until"] = LetterValues.Date(shipment.AvailableUntil),
                ["file_count"] = partnerEvent == PartnerEvent.ShippedDigitally ? shipment.Files.Count : 0,
                ["terms_of_use"] = LetterValues.Text(shipment.TermsOfUse),
            }
            : null,
        ["communication"] = request.Communications.Count > 0
            ? new Dictionary<string, object?> { ["subject"] = request.Communications[^1].Subject, ["body"] = request.Communications[^1].Body }
            : null,
    };

    /// <summary>The files a letter carries: those shipped digitally, with the digital shipment's letter only.</summary>
    public static IReadOnlyList<Workflows.Mail.EmailAttachment> FilesOf(PartnerEvent partnerEvent, LendingRequest request) =>
        partnerEvent == PartnerEvent.ShippedDigitally && request.DigitalShipment is { } shipment
            ? shipment.Files.Select(f => new Workflows.Mail.EmailAttachment(f.FileName, f.ContentType, f.StoragePath)).ToList()
            : [];

    /// <summary>The note to the partner staff wrote with the action that changed the request last.</summary>
    private static string? NoteOfThisAction(LendingRequest request) =>
        request.Notes.LastOrDefault(n => n.Kind == NoteKind.ToPartner) is { } note && note.At == request.UpdatedAt ? note.Text : null;
}
