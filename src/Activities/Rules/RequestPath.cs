using Library.Digitization;

namespace Library.Rules;

/// <summary>
/// The path a digitization request takes under a rule's outputs, as a librarian reads it: the approval, then the
/// statuses of <c>workflow-definitions/digitization.json</c> through to delivery. It describes; the workflow decides.
/// </summary>
public static class RequestPath
{
    public static IReadOnlyList<string> Of(RuleOutputs outputs)
    {
        var path = new List<string>();
        if (outputs.ApprovalManagement is { } management)
            path.Add(management switch
            {
                ApprovalManagement.Blocks => "Approval request: blocks the workflow until a manager decides",
                ApprovalManagement.Parallel => "Approval request: a manager decides while the item is digitized; delivery waits for the approval",
                _ => $"Approval request: automatically approved ({outputs.ApprovalReason})",
            });
        else
            path.Add("No approval request");
        if (outputs.CopyrightClearance)
            path.Add("Copyright clearance: the CC number, order date and approval date are required before approval");

        path.Add($"{DigitizationStatus.PickupFromShelf.DisplayName()}: the item is fetched from its location");
        path.Add($"{DigitizationStatus.InTransit.DisplayName()}: on its way to the digitization department");
        path.Add(outputs.ApprovalManagement == ApprovalManagement.Blocks
            ? $"{DigitizationStatus.Digitization.DisplayName()}: scanned in at the department; Next Step once approved"
            : $"{DigitizationStatus.Digitization.DisplayName()}: scanned in at the department, then Next Step");
        path.Add(outputs.Target switch
        {
            DigitizationTarget.DocumentDeliveryAttachment =>
                $"{DigitizationStatus.DocumentDelivery.DisplayName()}: the files are e-mailed to the requester as attachments",
            DigitizationTarget.DocumentDeliveryLink =>
                $"{DigitizationStatus.DocumentDelivery.DisplayName()}: the requester is e-mailed a download link, " +
                (outputs.MaxAccessCount is { } count ? $"at most {count} {(count == 1 ? "download" : "downloads")}" : "without a download limit"),
            _ => $"{DigitizationStatus.DigitalInventory.DisplayName()}: the files are added to the repository as a representation",
        });
        path.Add(DigitizationStatus.Completed.DisplayName());
        return path;
    }
}
