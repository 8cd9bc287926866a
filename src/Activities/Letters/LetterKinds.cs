using Library.Lending;
using Library.Notifications;

namespace Library.Letters;

/// <summary>
/// Every letter the service sends, with the fields each template can print. The requester's letters carry the names
/// <see cref="Letter"/> gives them; the partner's are named after Alma's lender e-mail letters (Alma: Managing Resource
/// Sharing Lending Requests). A code is the name without spaces or hyphens, as Alma's letter codes are.
/// </summary>
public static class LetterKinds
{
    private static readonly LetterField[] RequestFields =
    [
        new LetterField("request.id", "The request's id."),
        new LetterField("request.title", "What was asked for: the part's title and the item's title, or the item's title alone."),
        new LetterField("item.title", "The item's title."),
        new LetterField("item.barcode", "The item's barcode."),
        new LetterField("part.title", "The title of the part asked for (a chapter, an article); empty when the whole item was asked for."),
        new LetterField("part.author", "The part's author."),
        new LetterField("part.pages", "The part's pages."),
        new LetterField("requester.id", "The requester's id."),
        new LetterField("requester.name", "The requester's name; empty for requests placed before names were kept."),
        new LetterField("requester.email", "The requester's e-mail address."),
    ];

    private static readonly LetterField[] PartnerFields =
    [
        new LetterField("partner.code", "The partner library's code."),
        new LetterField("partner.name", "The partner library's name."),
        new LetterField("request.external_id", "The partner's own id of the request."),
        new LetterField("request.title", "The title of the item asked for."),
        new LetterField("request.barcodes", "The barcodes of the items shipped, separated by commas."),
        new LetterField("request.due_date", "When the loan is due back (a date: print it with the date filter)."),
        new LetterField("note", "The note to the partner staff wrote with this action; empty when there is none."),
    ];

    private static readonly IReadOnlyDictionary<Letter, LetterKind> Requester = new Dictionary<Letter, LetterKind>
    {
        [Letter.DigitizationNotificationItem] = ForRequester(Letter.DigitizationNotificationItem,
            new LetterField("file_count", "How many files are attached to the letter.")),
        [Letter.DocumentDeliveryNotification] = ForRequester(Letter.DocumentDeliveryNotification,
            new LetterField("link.url", "The address the requester downloads the file from."),
            new LetterField("link.max_access_count", "How many times the link can be used; empty when there is no limit."),
            new LetterField("link.available_until", "Until when the file can be downloaded (a date); empty when it is kept.")),
        [Letter.CancelRequest] = ForRequester(Letter.CancelRequest,
            new LetterField("cancellation.reason", "Why the request was cancelled."),
            new LetterField("cancellation.note", "The note staff wrote with the cancellation; empty when there is none.")),
        [Letter.DigitizationRejected] = ForRequester(Letter.DigitizationRejected,
            new LetterField("rejection.reason", "Why the approver rejected the request."),
            new LetterField("rejection.note", "The approver's note; empty when there is none.")),
        [Letter.DigitizationExpired] = ForRequester(Letter.DigitizationExpired,
            new LetterField("request.expires_at", "When the request expired (a date).")),
        [Letter.RepresentationAvailable] = ForRequester(Letter.RepresentationAvailable),
    };

    private static readonly IReadOnlyDictionary<PartnerEvent, LetterKind> Partner = new Dictionary<PartnerEvent, LetterKind>
    {
        [PartnerEvent.ShippedPhysically] = ForPartner("Lender Ship Email Letter"),
        [PartnerEvent.ShippedNonReturnable] = ForPartner("Lender Ship Non-returnable Email Letter"),
        [PartnerEvent.ShippedDigitally] = ForPartner("Lender Ship Digitally Email Letter",
            new LetterField("shipment.url", "Where the partner downloads what was shipped; empty when the files are attached."),
            new LetterField("shipment.max_access_count", "How many times the link can be used; empty when there is no limit."),
            new LetterField("shipment.available_until", "Until when the file can be downloaded (a date); empty when it is kept."),
            new LetterField("shipment.file_count", "How many files are attached to the letter."),
            new LetterField("shipment.terms_of_use", "The terms of use of the copy; empty when there are none.")),
        [PartnerEvent.Rejected] = ForPartner("Lender Reject Email Letter",
            new LetterField("request.rejection_reason", "Why the request cannot be supplied.")),
        [PartnerEvent.CheckedIn] = ForPartner("Lender Check-in Email Letter"),
        [PartnerEvent.Overdue] = ForPartner("Borrower Overdue Email Letter"),
        [PartnerEvent.Recalled] = ForPartner("Lender Recall Email Letter"),
        [PartnerEvent.Damaged] = ForPartner("Lender Damaged Item Email Letter"),
        [PartnerEvent.CancelAccepted] = ForPartner("Lender Cancel Accepted Email Letter"),
        [PartnerEvent.CancelDeclined] = ForPartner("Lender Cancel Declined Email Letter"),
        [PartnerEvent.Communication] = ForPartner("General Message Email Letter",
            new LetterField("communication.subject", "The subject staff wrote."),
            new LetterField("communication.body", "The text staff wrote.")),
    };

    public static IReadOnlyList<LetterKind> All { get; } = [.. Requester.Values, .. Partner.Values];

    public static LetterKind Of(Letter letter) => Requester[letter];

    /// <summary>The letter an e-mail partner gets for <paramref name="partnerEvent"/>; null for an event it learns of by none.</summary>
    public static LetterKind? Of(PartnerEvent partnerEvent) => Partner.GetValueOrDefault(partnerEvent);

    /// <summary>The letter with <paramref name="code"/>, in any case; null when there is none.</summary>
    public static LetterKind? Find(string code) => All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));

    private static LetterKind ForRequester(Letter letter, params LetterField[] fields) =>
        new(CodeOf(EnumNames<Letter>.Of(letter)), EnumNames<Letter>.Of(letter), LetterRecipient.Requester, [.. RequestFields, .. fields]);

    private static LetterKind ForPartner(string name, params LetterField[] fields) =>
        new(CodeOf(name), name, LetterRecipient.Partner, [.. PartnerFields, .. fields]);

    private static string CodeOf(string name) => string.Concat(name.Where(char.IsLetterOrDigit));
}
