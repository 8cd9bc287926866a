using System.Text.Json.Nodes;
using Library.Accounts;
using Library.Approvals;
using Library.Delivery;
using Library.Digitization;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Persistence;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// Deleting a request's attachment before the request is done with it (Alma: Digitization Processing, "Attaching
/// Digitized Items to Be Sent to a Patron" and the Approval Requests List's attachments: Edit, Delete). Replacing one
/// is deleting it and attaching the new file.
/// </summary>
public static class DigitizationAttachmentEndpoints
{
    public static IEndpointRouteBuilder MapDigitizationAttachments(this IEndpointRouteBuilder app)
    {
        // Staff at the door; who may delete depends on the file, which the handler reads first.
        app.MapGroup("/api/requests").WithTags("Digitization requests")
            .MapDelete("/{id:guid}/attachments/{attachmentId:guid}", Delete).Needs(StaffPolicies.Staff)
            .Refuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Delete(
        Guid id, Guid attachmentId, LibraryDbContext db, DigitizationRequestAction action, StaffAccess access, WorkflowRuntime runtime,
        HttpContext http, CancellationToken ct)
    {
        var purpose = await db.Attachments.Where(a => a.Id == attachmentId && a.RequestId == id).Select(a => (AttachmentPurpose?)a.Purpose).SingleOrDefaultAsync(ct);
        if (purpose is null)
            return await db.DigitizationRequests.AnyAsync(r => r.Id == id, ct)
                ? ApiProblems.NotFound($"Request {id} has no attachment {attachmentId}.")
                : DigitizationRequestEndpoints.UnknownRequest(id);
        return purpose == AttachmentPurpose.Delivery
            ? await DeleteDeliveryFileAsync(id, attachmentId, action, ct)
            : await DeleteClearanceAsync(id, attachmentId, db, access, runtime, http, ct);
    }

    /// <summary>
    /// A file to send is the Work Order Operator's, while the request waits for files (Document Delivery): the removal
    /// goes through that wait (<see cref="AttachDocuments"/>), so it never crosses a Done.
    /// </summary>
    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> DeleteDeliveryFileAsync(
        Guid id, Guid attachmentId, DigitizationRequestAction action, CancellationToken ct) =>
        action.ResumeAsync(id, "Delete attachment", DigitizationBookmarks.AttachDocument,
            new JsonObject { [AttachDocuments.RemovePayload] = attachmentId.ToString() },
            (r, _) => r.Status == DigitizationStatus.DocumentDelivery ? null : "A delivery file can only be deleted in status Document Delivery, before Done", ct);

    /// <summary>
    /// A clearance document is the approver's evidence, kept outside the request's workflow as its Quick Add is: it can be
    /// deleted by a Fulfillment Services Manager while the approval is pending. The removal commits with its history line;
    /// the file goes once both are committed.
    /// </summary>
    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> DeleteClearanceAsync(
        Guid id, Guid attachmentId, LibraryDbContext db, StaffAccess access, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        var request = await db.DigitizationRequests.AsNoTracking().SingleAsync(r => r.Id == id, ct);
        if (await access.RefusalAsync([StaffRole.FulfillmentServicesManager], request.Department, $"department {request.Department}", ct) is { } refused)
            return refused;
        var approval = await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == id, ct);
        if (request.Status.IsClosed() || approval?.Status != ApprovalStatus.Pending)
            return ApiProblems.Conflict($"A clearance document can only be deleted while the request's approval is pending; request {id} is {request.Status.DisplayName()}" +
                                        (approval is null ? "." : $", its approval {approval.Status.ToString().ToLowerInvariant()}."));

        var attachment = await db.Attachments.AsNoTracking().SingleAsync(a => a.Id == attachmentId, ct);
        var removed = new RecordedAction("delete-attachment", "Delete attachment", "Deleted",
            $"Removed clearance document {attachment.FileName} ({attachment.Size:N0} bytes)");
        var recorded = await runtime.RecordAsync(id.ToString(), DigitizationRequests.WorkflowId, removed, ActingAccount.Of(http), ct, async token =>
        {
            if (await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId, token) is not { } current) return false;
            db.Attachments.Remove(current);
            return true;
        });
        if (!recorded) return ApiProblems.NotFound($"Request {id} has no attachment {attachmentId}.");
        AttachmentStore.Discard(attachment.StoragePath);
        return TypedResults.Ok((await DigitizationRequestView.LoadAsync(db, id, ct))!);
    }
}
