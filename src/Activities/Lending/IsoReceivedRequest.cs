namespace Library.Lending;

/// <summary>
/// A lending request that came in as an ISO 18626 <c>request</c>, keyed by the partner and its request id, so that the
/// same request sent twice (a retry, or two at once) creates one lending request: the key is the table's primary key.
/// </summary>
public sealed class IsoReceivedRequest
{
    public required string PartnerCode { get; init; }
    public required string RequestingAgencyRequestId { get; init; }
    public required Guid LendingRequestId { get; init; }
}
