namespace Library.Host.Contracts;

/// <summary>
/// The borrowing partner. The workflow profile's optional steps other than <see cref="AwaitDigitalReceipt"/> are
/// on unless the body turns them off. <see cref="Email"/> is nullable because only an Email partner needs it.
/// </summary>
public sealed record PartnerBody(
    string Code, string Name, string? Email, string ProfileType, bool? AwaitDigitalReceipt,
    bool? WillSupplyStep = null, bool? ManualRenewStep = null, bool? ReactivateStep = null, bool? IsoCheckInMessage = null);
