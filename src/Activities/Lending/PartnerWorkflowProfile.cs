namespace Library.Lending;

/// <summary>
/// The optional steps of the partner's lending workflow profile (Alma: Managing Resource Sharing Lending Requests,
/// which points to "Configuring workflow profiles").
/// </summary>
public sealed class PartnerWorkflowProfile
{
    /// <summary>A digital shipment waits for the partner's receipt (Shipped Digitally) instead of completing the request.</summary>
    public bool AwaitDigitalReceipt { get; set; }
    public bool WillSupplyStep { get; set; } = true;
    public bool ManualRenewStep { get; set; } = true;
    public bool ReactivateStep { get; set; } = true;
    public bool IsoCheckInMessage { get; set; } = true;
}
