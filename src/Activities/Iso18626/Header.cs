namespace Library.Iso18626;

/// <summary>
/// The header of a request, requesting-agency message or supplying-agency message: who sends to whom, when, about which
/// request. The schema requires the supplying agency; brokers leave it out, so it is optional here.
/// </summary>
public sealed record Header(
    IsoAgencyId? SupplyingAgencyId,
    IsoAgencyId RequestingAgencyId,
    DateTime Timestamp,
    string RequestingAgencyRequestId,
    string? SupplyingAgencyRequestId = null,
    string? MultipleItemRequestId = null,
    RequestingAgencyAuthentication? RequestingAgencyAuthentication = null);
