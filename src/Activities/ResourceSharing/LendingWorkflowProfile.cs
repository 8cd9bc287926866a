using Library.Lending;

namespace Library.ResourceSharing;

/// <summary>
/// A lending workflow profile (Alma: Managing Resource Sharing Lending Requests points to "Configuring workflow
/// profiles"): the optional steps of the lending workflow for the partners that use it. A request copies the profile
/// of its partner when it comes in (<see cref="PartnerWorkflowProfile"/>) and keeps that copy, so a later change
/// applies to new requests only.
/// </summary>
public sealed class LendingWorkflowProfile
{
    /// <summary>The profile seeded on first run, which the sample partners use.</summary>
    public const string DefaultCode = "DEFAULT";

    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool AwaitDigitalReceipt { get; set; }
    public bool WillSupplyStep { get; set; }
    public bool ManualRenewStep { get; set; }
    public bool ReactivateStep { get; set; }
    public bool IsoCheckInMessage { get; set; }

    public PartnerWorkflowProfile Snapshot() => new()
    {
        AwaitDigitalReceipt = AwaitDigitalReceipt, WillSupplyStep = WillSupplyStep, ManualRenewStep = ManualRenewStep,
        ReactivateStep = ReactivateStep, IsoCheckInMessage = IsoCheckInMessage,
    };
}
