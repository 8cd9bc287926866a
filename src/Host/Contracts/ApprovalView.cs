using Library.Approvals;
using Library.Digitization;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>A row of the Approval Requests List, with the rule that required it ("View Rule").</summary>
public sealed record ApprovalView(
    Guid Id, Guid RequestId, ApprovalStatus Status, ApprovalManagement Management, bool RequiresCopyrightClearance,
    int RuleId, string RuleName, CopyrightView Copyright, IReadOnlyList<string> MissingCopyrightFields,
    string? Reason, string? Note, string? DecidedBy, DateTime? DecidedAt, DateTime CreatedAt, DateTime? ExpiresAt,
    string Title, string Barcode, string RequesterId, string? RequesterName, DigitizationStatus DigitizationStatus, IReadOnlyList<AttachmentView> ClearanceAttachments)
{
    public static ApprovalView Of(ApprovalRequest a, DigitizationRequest r) => new(
        a.Id, a.RequestId, a.Status, a.Management, a.RequiresCopyrightClearance, a.RuleId, a.RuleName,
        new CopyrightView(a.Copyright.CcNumber, a.Copyright.CcOrderDate, a.Copyright.CcApprovalDate, a.Copyright.Note),
        a.MissingCopyrightFields().ToList(), a.Reason, a.Note, a.DecidedBy, a.DecidedAt, a.CreatedAt, r.ExpiresAt,
        r.Part?.Title is { Length: > 0 } part ? $"{part} — {r.Item.Title}" : r.Item.Title, r.Item.Barcode, r.Requester.Id, r.Requester.Name, r.Status,
        r.Attachments.Where(x => x.Purpose == AttachmentPurpose.CopyrightClearance).OrderBy(x => x.AddedAt)
            .Select(x => new AttachmentView(x.Id, x.Purpose, x.FileName, x.ContentType, x.Size, x.Url, x.Note, x.AddedAt, x.AddedBy)).ToList());
}
