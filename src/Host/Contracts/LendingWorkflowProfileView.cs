using Library.ResourceSharing;

namespace Library.Host.Contracts;

public sealed record LendingWorkflowProfileView(
    string Code, string Name, bool AwaitDigitalReceipt, bool WillSupplyStep, bool ManualRenewStep, bool ReactivateStep, bool IsoCheckInMessage)
{
    public static LendingWorkflowProfileView Of(LendingWorkflowProfile p) =>
        new(p.Code, p.Name, p.AwaitDigitalReceipt, p.WillSupplyStep, p.ManualRenewStep, p.ReactivateStep, p.IsoCheckInMessage);
}
