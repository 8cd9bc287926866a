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
        PartnerEvent.Renewed => New("RenewResponse", "Loaned"),
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
        PartnerEvent.CancelDeclined => New("CancelResponse", UnshippedStatus(request.Status), answer: false),
        _ => null,
    };

    /// <summary>What ISO 18626 calls a request the lender has not shipped yet: WillSupply once it said so, else RequestReceived.</summary>
    private static string UnshippedStatus(LendingStatus status) =>
        status is LendingStatus.WillSupply or LendingStatus.Conditional ? "WillSupply" : "RequestReceived";

    private static IsoMessage New(string reasonForMessage, string status, bool? answer = null) =>
        new() { ReasonForMessage = reasonForMessage, Status = status, AnswerYesNo = answer };
}
