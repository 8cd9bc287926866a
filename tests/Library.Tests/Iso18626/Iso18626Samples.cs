using Library.Iso18626;

namespace Library.Tests.Iso18626;

/// <summary>Messages with every field the codec knows filled, and the smallest the schema allows.</summary>
public static class Iso18626Samples
{
    public static readonly IsoAgencyId Lender = IsoAgencyId.Parse("ISIL:XX-LIB");
    public static readonly IsoAgencyId Borrower = IsoAgencyId.Parse("ISIL:XX-NLC01");
    public static readonly DateTime At = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    public static Header Header(string requestId = "NLC-1") =>
        new(Lender, Borrower, At, requestId, "LIB-7", null, new RequestingAgencyAuthentication("acct", "s3cret"));

    public static Request FullRequest() => new(
        Header(),
        new BibliographicInfo("BC-100", "The Name of the Rose", "Eco, Umberto", "2", "3", "10-20",
            [new BibliographicItemId("ISBN", "9780151446476"), new BibliographicItemId("ISSN", "0028-0836")]),
        new PublicationInfo("Harcourt", "Book", "1983", "San Diego"),
        new ServiceInfo(RequestType.New, ServiceType.Loan, new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Utc), "Please hurry"),
        "ill@nlc.example",
        new PatronInfo("P-9", "Reader", "Rita", "rita@nlc.example"));

    public static Request SmallestRequest() => new(
        new Header(Lender, Borrower, At, "NLC-2"), new BibliographicInfo(Title: "Dubliners"));

    public static RequestingAgencyMessage Cancel() => new(Header(), RequestingAgencyAction.Cancel, "Patron no longer needs it");

    public static SupplyingAgencyMessage FullSupplyingAgencyMessage() => new(
        Header(),
        new MessageInfo(ReasonForMessage.StatusChange, true, "Shipped today", "not-on-shelf"),
        new StatusInfo(SupplyingAgencyStatus.Loaned, At, At.AddDays(2), At.AddDays(30)),
        new DeliveryInfo(At, "BC-100", "Courier", "LibraryUseOnly"));

    public static SupplyingAgencyMessage SmallestSupplyingAgencyMessage() => new(
        Header(),
        new MessageInfo(ReasonForMessage.RequestResponse),
        new StatusInfo(SupplyingAgencyStatus.WillSupply, At));

    public static ConfirmationHeader ConfirmationHeader(MessageStatus status) =>
        Library.Iso18626.ConfirmationHeader.Answering(Header(), At, At.AddSeconds(1), status);

    public static IEnumerable<Iso18626Message> All() =>
    [
        FullRequest(),
        SmallestRequest(),
        Cancel(),
        new RequestingAgencyMessage(new Header(Lender, Borrower, At, "NLC-3"), RequestingAgencyAction.StatusRequest),
        FullSupplyingAgencyMessage(),
        SmallestSupplyingAgencyMessage(),
        new RequestConfirmation(ConfirmationHeader(MessageStatus.Ok)),
        new RequestConfirmation(ConfirmationHeader(MessageStatus.Error),
            new ErrorData(ErrorType.UnrecognisedDataValue, "requestingAgencyId: ISIL:XX-NONE")),
        new RequestingAgencyMessageConfirmation(ConfirmationHeader(MessageStatus.Ok), RequestingAgencyAction.Cancel),
        new RequestingAgencyMessageConfirmation(ConfirmationHeader(MessageStatus.Error), RequestingAgencyAction.Renew,
            new ErrorData(ErrorType.UnsupportedActionType, "Renew is not allowed in status Will Supply")),
        new SupplyingAgencyMessageConfirmation(ConfirmationHeader(MessageStatus.Ok), ReasonForMessage.StatusChange),
        new SupplyingAgencyMessageConfirmation(
            new ConfirmationHeader(null, null, At, null, At, MessageStatus.Error),
            null, new ErrorData(ErrorType.UnsupportedReasonForMessageType, null)),
    ];

    public static TheoryData<int> Indexes() => new(Enumerable.Range(0, All().Count()));
}
