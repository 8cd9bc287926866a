using System.Text;
using Workflows.Mail;

namespace Library.Lending;

/// <summary>
/// The letters an e-mail partner receives (Alma: Managing Resource Sharing Lending Requests names them: the lender's
/// ship, reject and check-in e-mail letters, and the borrower overdue letter), a recall, a damage report, the answer to
/// its cancel request, and the newest communication staff wrote. Other events reach e-mail partners by no letter: an
/// expiry follows the partner's own needed-by date, so it learns nothing new from one.
/// </summary>
public static class PartnerLetters
{
    public static EmailMessage? Compose(PartnerEvent partnerEvent, LendingRequest request)
    {
        var title = request.Item.Title;
        var (subject, lines) = partnerEvent switch
        {
            PartnerEvent.ShippedPhysically => ($"Shipped: \"{title}\" ({request.ExternalId})",
                new[] { $"We have shipped the item(s) {Barcodes(request)}.", $"Please return them by {request.DueDate:yyyy-MM-dd}." }),
            PartnerEvent.ShippedNonReturnable => ($"Shipped: \"{title}\" ({request.ExternalId})",
                new[] { "We have shipped a non-returnable copy; there is no need to return it." }),
            PartnerEvent.ShippedDigitally => ($"Shipped digitally: \"{title}\" ({request.ExternalId})", ShipmentLines(request.DigitalShipment!)),
            PartnerEvent.Rejected => ($"Cannot supply: \"{title}\" ({request.ExternalId})",
                new[] { "We are sorry: we cannot supply this request.", $"Reason: {request.RejectionReason}" }),
            PartnerEvent.CheckedIn => ($"Returned item checked in: \"{title}\" ({request.ExternalId})",
                new[] { "We have received the item back and checked it in. Thank you." }),
            PartnerEvent.Overdue => ($"Overdue: \"{title}\" ({request.ExternalId})",
                new[] { $"The loan of the item(s) {Barcodes(request)} was due on {request.DueDate:yyyy-MM-dd}.", "Please return them as soon as possible." }),
            PartnerEvent.Recalled => ($"Recall: \"{title}\" ({request.ExternalId})",
                new[] { $"We need the item(s) {Barcodes(request)} back.", $"Please return them by {request.DueDate:yyyy-MM-dd}." }),
            PartnerEvent.Damaged => ($"Damaged item: \"{title}\" ({request.ExternalId})",
                new[] { $"We have to report that the item(s) {Barcodes(request)} lent to you are damaged." }),
            PartnerEvent.CancelAccepted => ($"Cancelled: \"{title}\" ({request.ExternalId})",
                new[] { "As you asked, we have cancelled this request." }),
            PartnerEvent.CancelDeclined => ($"Cancellation refused: \"{title}\" ({request.ExternalId})",
                new[] { "We cannot cancel this request as you asked; we go on supplying it." }),
            PartnerEvent.Communication => (request.Communications[^1].Subject, new[] { request.Communications[^1].Body }),
            _ => (null, []),
        };
        if (subject is null) return null;

        var text = new StringBuilder($"Dear colleagues at {request.Partner.Name},\n\n");
        foreach (var line in lines.Where(l => l.Length > 0)) text.AppendLine(line);
        if (partnerEvent != PartnerEvent.Communication && request.Notes.LastOrDefault(n => n.Kind == NoteKind.ToPartner) is { } note
            && note.At == request.UpdatedAt)
            text.AppendLine($"Note: {note.Text}");
        text.AppendLine().AppendLine($"Your request: {request.ExternalId}").AppendLine($"Title: {title}").AppendLine().AppendLine("Resource sharing, your partner library");

        var files = partnerEvent == PartnerEvent.ShippedDigitally
            ? request.DigitalShipment!.Files.Select(f => new EmailAttachment(f.FileName, f.ContentType, f.StoragePath)).ToList()
            : [];
        return new EmailMessage([request.Partner.Email!], subject, text.ToString(), files);
    }

    /// <summary>Where the partner finds what was shipped: the address, with a delivery link's limits, and/or the attached files.</summary>
    private static string[] ShipmentLines(DigitalShipment shipment) =>
    [
        shipment.Url is { } url ? $"Download it here: {url}" : "",
        shipment.MaxAccessCount is { } max ? $"The link can be used {max} time(s)." : "",
        shipment.AvailableUntil is { } until ? $"The file is available until {until:yyyy-MM-dd}." : "",
        shipment.Files.Count switch { 0 => "", 1 => "The file is attached to this message.", var n => $"The {n} files are attached to this message." },
        shipment.TermsOfUse is { } terms ? $"Terms of use: {terms}" : "",
    ];

    private static string Barcodes(LendingRequest request) => string.Join(", ", request.ShippedBarcodes);
}
