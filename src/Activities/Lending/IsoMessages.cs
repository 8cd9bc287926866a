namespace Library.Lending;

/// <summary>The ISO 18626 supplying-agency message (reason for message, status) an event sends an ISO partner.</summary>
public static class IsoMessages
{
    /// <summary>The message, without its note and time; null when the event sends an ISO partner nothing.</summary>
    public static IsoMessage? For(PartnerEvent partnerEvent, LendingRequest request) => partnerEvent switch
    {
        PartnerEvent.WillSupply => New("RequestResponse", "WillSupply"),
        // ISO 18626 has no conditional status: the answer is WillSupply with the conditions in the note.
        PartnerEvent.Conditional => New("RequestResponse", "WillSupply"),
        PartnerEvent.ShippedPhysically => New("StatusChange", "Loaned"),
        PartnerEvent.ShippedNonReturnable => New("StatusChange", "CompletedWithoutReturn"),
        PartnerEvent.ShippedDigitally => New("StatusChange", "CopyCompleted"),
        // A renewal answers the partner's Renew (or offers one staff decided on): yes, with the new due date.
        PartnerEvent.Renewed => New("RenewResponse", "Loaned", answer: true),
        PartnerEvent.Rejected => New("RequestResponse", "Unfilled"),
        PartnerEvent.CheckedIn when request.Partner.Profile.IsoCheckInMessage => New("StatusChange", "LoanCompleted"),
        PartnerEvent.Overdue => New("StatusChange", "Overdue"),
        PartnerEvent.Recalled => New("StatusChange", "Recalled"),
        // The Status Query action (Alma: Managing Resource Sharing Lending Requests) puts Alma's "expired" under
        // "not supplied", as a rejection: ISO Unfilled.
        PartnerEvent.Expired => New("RequestResponse", "Unfilled"),
        // The same action maps "report damaged item" to no ISO status: the loan stays Loaned until check-in; the damage
        // is the note.
        PartnerEvent.Damaged => New("Notification", "Loaned"),
        PartnerEvent.CancelAccepted => New("CancelResponse", "Cancelled", answer: true),
        PartnerEvent.CancelDeclined => New("CancelResponse", StatusOf(request), answer: false),
        PartnerEvent.StatusRequested => New("StatusRequestResponse", StatusOf(request)),
        _ => null,
    };

    /// <summary>
    /// What ISO 18626 calls the request's status now, as the messages above have told the partner: RequestReceived until
    /// the lender says WillSupply (ISO has no conditional status), Loaned while the item is out (a return in transit and a
    /// reported damage included: the loan ends at check-in), how it ended once it did. Lost has no ISO status: the loan
    /// is over for the lender, LoanCompleted.
    /// </summary>
    public static string StatusOf(LendingRequest request) => request.Status switch
    {
        LendingStatus.CancelReply => StatusOf(request.CancelInterruptedStatus ?? LendingStatus.LendingRequestCreated, request),
        _ => StatusOf(request.Status, request),
    };

    private static string StatusOf(LendingStatus status, LendingRequest request) => status switch
    {
        LendingStatus.WillSupply or LendingStatus.Conditional => "WillSupply",
        LendingStatus.ShippedPhysically or LendingStatus.ReceivedByPartner or LendingStatus.RenewRequested or LendingStatus.RenewAccepted
            or LendingStatus.ReturnedByPartner or LendingStatus.Damaged => request.DueDate is null ? "CompletedWithoutReturn" : "Loaned",
        LendingStatus.ShippedDigitally => "CopyCompleted",
        LendingStatus.Recalled => "Recalled",
        LendingStatus.Overdue => "Overdue",
        LendingStatus.RequestCompleted => request.DigitalShipment is not null ? "CopyCompleted" : request.DueDate is null ? "CompletedWithoutReturn" : "LoanCompleted",
        LendingStatus.Lost => "LoanCompleted",
        LendingStatus.Rejected or LendingStatus.Expired => "Unfilled",
        LendingStatus.Cancelled => "Cancelled",
        _ => "RequestReceived",
    };

    private static IsoMessage New(string reasonForMessage, string status, bool? answer = null) =>
        new() { ReasonForMessage = reasonForMessage, Status = status, AnswerYesNo = answer };
}
