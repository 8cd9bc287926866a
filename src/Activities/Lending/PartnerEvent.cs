namespace Library.Lending;

/// <summary>Something the partner library is told about: by letter (e-mail partners) or ISO 18626 message (ISO partners).</summary>
public enum PartnerEvent
{
    WillSupply,
    Conditional,
    ShippedPhysically,
    ShippedNonReturnable,
    ShippedDigitally,
    Renewed,
    Rejected,
    CheckedIn,
    Overdue,
    Expired,
    Recalled,
    Damaged,
    CancelAccepted,
    CancelDeclined,

    /// <summary>An ISO 18626 partner asked for the request's status: the answer carries it (an e-mail partner asks no such thing).</summary>
    StatusRequested,

    /// <summary>Staff wrote to the partner ("Send email to partner"): the newest communication goes out.</summary>
    Communication,
}
