namespace Library.Host.Contracts;

public sealed record PartnerProfileView(bool AwaitDigitalReceipt, bool WillSupplyStep, bool ManualRenewStep, bool ReactivateStep, bool IsoCheckInMessage);
