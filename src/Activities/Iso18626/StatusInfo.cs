namespace Library.Iso18626;

/// <summary>The request's status at the supplying agency and the dates that go with it.</summary>
public sealed record StatusInfo(
    SupplyingAgencyStatus Status, DateTime LastChange, DateTime? ExpectedDeliveryDate = null, DateTime? DueDate = null);
