using System.Text.Json.Nodes;
using Library.Rules;

namespace Library.Digitization;

/// <summary>
/// Where digitization requests begin, for the API and for a lending request's "Create digitization request": builds
/// the request the library's policy allowed, and the variables its workflow starts with.
/// </summary>
public static class DigitizationRequests
{
    public const string WorkflowId = "digitization";

    public static DigitizationRequest New(Requester requester, RequestedItem item, DigitizationScope scope, RequestedPart? part,
        string? note, PolicyDecision.Allowed allowed, DateTime now, Guid? lendingRequestId = null)
    {
        var (rule, department) = allowed;
        return new DigitizationRequest
        {
            Id = Guid.CreateVersion7(),
            Requester = requester,
            Item = item,
            Scope = scope,
            Part = part,
            Department = department.Code,
            Note = note,
            LendingRequestId = lendingRequestId,
            Status = DigitizationStatus.PickupFromShelf,
            Routing = new Routing
            {
                RuleId = rule.Id, RuleName = rule.Name, Target = rule.Outputs.Target, MaxAccessCount = rule.Outputs.MaxAccessCount,
                Approval = rule.Outputs.Approval, CopyrightClearance = rule.Outputs.CopyrightClearance,
                ApprovalManagement = rule.Outputs.ApprovalManagement, ApprovalReason = rule.Outputs.ApprovalReason,
            },
            ExpiresAt = department.WorkTimeDays is { } days ? now.AddDays(days) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public static JsonObject WorkflowInput(DigitizationRequest request) => new()
    {
        ["requestId"] = request.Id.ToString(),
        ["barcode"] = request.Item.Barcode,
        ["department"] = request.Department,
        ["needsApproval"] = request.Routing.NeedsApproval,
        ["approvalManagement"] = request.Routing.NeedsApproval ? request.Routing.ApprovalManagement?.ToString() : null,
    };
}
