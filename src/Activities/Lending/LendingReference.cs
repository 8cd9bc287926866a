namespace Library.Lending;

/// <summary>
/// The lending request a move or digitization request was created for, as the child's first history line names it:
/// staff looking at the child see whom it serves without opening the lending request.
/// </summary>
public sealed record LendingReference(Guid Id, string PartnerCode, string ExternalId)
{
    public static LendingReference Of(LendingRequest request) => new(request.Id, request.Partner.Code, request.ExternalId);

    public override string ToString() => $"lending request {Id} ({PartnerCode}, {ExternalId})";
}
