namespace Library.Lending;

/// <summary>The institution's resource-sharing settings (customer parameters in Alma), section <c>Lending</c>.</summary>
public sealed class LendingSettings
{
    /// <summary>None (the default): a rejected lending request closes; Lending or Both: it stays active for staff.</summary>
    public KeepRejectedRequestActive RsKeepRejectedRequestActive { get; set; } = KeepRejectedRequestActive.None;

    /// <summary><c>lending_requests_renewed_status</c>: a renewal sets Renew Accepted instead of Received by Partner.</summary>
    public bool LendingRequestsRenewedStatus { get; set; }

    /// <summary>
    /// The user group a partner library has as the requester of a lending request's digitization (Staff unless set), so
    /// profile rules, patron limits and document delivery rules can treat resource-sharing digitizations on their own.
    /// </summary>
    public string PartnerUserGroup { get; set; } = "Staff";

    /// <summary>
    /// The institution's time zone (an IANA id such as <c>Europe/Brussels</c>): a due date or needed-by date lasts until
    /// midnight there.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// The institution's own ISO 18626 agency id, <c>TYPE:VALUE</c> (e.g. <c>ISIL:XX-LIB</c>): a received message whose
    /// supplyingAgencyId names another agency is refused, and the supplying agency of the messages we send. Unset, the
    /// supplying agency is not checked, and messages to ISO partners are recorded on the request but not sent.
    /// </summary>
    public string? IsoSymbol { get; set; }

    /// <summary>
    /// The library an ISO 18626 request belongs to while its item is not located (Locate Failed): staff scoped to that
    /// library (the resource-sharing desk) see it and locate the item. A located request belongs to the item's library.
    /// </summary>
    public string IsoDefaultLibrary { get; set; } = "MAIN";

    public bool HasValidIsoSymbol() => IsoSymbol is null || Iso18626.IsoAgencyId.TryParse(IsoSymbol, out _);

    public bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);

    public TimeZoneInfo InstitutionTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
