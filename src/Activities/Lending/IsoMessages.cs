namespace Library.Lending;

/// <summary>The ISO 18626 supplying-agency message (reason for message, status) an event sends an ISO partner.</summary>
public static class IsoMessages
{
    public static (string ReasonForMessage, string Status)? For(PartnerEvent partnerEvent, LendingRequest request) => partnerEvent switch
    {
        PartnerEvent.WillSupply => ("RequestResponse", "WillSupply"),
        // ISO 18626 has no conditional status: the answer is WillSupply with the conditions in the note.
        PartnerEvent.Conditional => ("RequestResponse", "WillSupply"),
        PartnerEvent.ShippedPhysically => ("StatusChange", "Loaned"),
        PartnerEvent.ShippedNonReturnable => ("StatusChange", "CompletedWithoutReturn"),
        PartnerEvent.ShippedDigitally => ("StatusChange", "CopyCompleted"),
        PartnerEvent.Renewed => ("RenewResponse", "Loaned"),
        PartnerEvent.Rejected => ("RequestResponse", "Unfilled"),
        PartnerEvent.CheckedIn when request.Partner.Profile.IsoCheckInMessage => ("StatusChange", "LoanCompleted"),
        _ => null,
    };
}
