namespace Library.Lending;

/// <summary>A lending request as the partner library sent it, before the service records it.</summary>
public sealed record NewLendingRequest(
    LendingPartner Partner, string ExternalId, RequestedFormat RequestedFormat, LendingItem Item, string? RequesterEmail, DateOnly? NeededBy, string? Note);
