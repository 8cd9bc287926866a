using System.Text.Json;
using System.Text.Json.Nodes;
using Library.Delivery;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.Digitization;
using Library.Rules;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>The in-process items: reading requests and the staff actions that move them on.</summary>
public static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequests(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests");
        group.MapGet("/", List);
        group.MapGet("/cancel-reasons", () => TypedResults.Ok(CancellationReasons.All));
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/{id:guid}/next-step", NextStep);
        // An accepted file (at most 10 MB) stays in memory until the store writes it, instead of going to a
        // temporary file first and being written a second time.
        group.MapPost("/{id:guid}/attachments", Attach).DisableAntiforgery()
            .WithFormOptions(memoryBufferThreshold: (int)AttachmentStore.MaxFileBytes);
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download);
        group.MapPost("/{id:guid}/done", Done);
        group.MapPost("/{id:guid}/cancel", Cancel).Validate<CancelRequest>();
        return app;
    }

    /// <summary>The in-process items, oldest first, each with the row actions valid now (read for the whole page at once).</summary>
    private static async Task<Results<Ok<List<DigitizationRequestSummary>>, ProblemHttpResult>> List(
        [AsParameters] DigitizationRequestQuery query, LibraryDbContext db, CancellationToken ct)
    {
        var (filter, limit, problem) = query.Read();
        if (problem is not null) return problem;
        var rows = await filter.Apply(db.DigitizationRequests.AsNoTracking()).OrderBy(r => r.CreatedAt).Take(limit)
            .Select(r => new
            {
                r.Id, r.Status, r.Item.Barcode, r.Item.Title, PartTitle = r.Part == null ? null : r.Part.Title,
                r.Scope, r.Department, r.Routing.Target, RequesterId = r.Requester.Id, r.CreatedAt, r.UpdatedAt,
            })
            .ToListAsync(ct);
        var actions = await DigitizationRequestActions.OfRequestsAsync(db, rows.Select(r => r.Id), ct);
        return TypedResults.Ok(rows.Select(r => new DigitizationRequestSummary(r.Id, r.Status, r.Barcode, r.Title, r.PartTitle, r.Scope, r.Department,
            r.Target, r.RequesterId, r.CreatedAt, r.UpdatedAt, actions.GetValueOrDefault(r.Id, []))).ToList());
    }

    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Get(Guid id, LibraryDbContext db, CancellationToken ct) =>
        await DigitizationRequestView.LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : UnknownRequest(id);

    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> NextStep(Guid id, DigitizationRequestAction action, CancellationToken ct) =>
        action.ResumeAsync(id, "Next Step", DigitizationBookmarks.NextStep, null,
            (r, approval) => r.Status != DigitizationStatus.Digitization ? "Next Step is only valid in status Digitization"
                : r.Routing.ApprovalManagement == ApprovalManagement.Blocks && approval?.Status != ApprovalStatus.Approved
                    ? $"Next Step waits for the approval: rule '{r.Routing.RuleName}' blocks digitization until the request is approved"
                    : null, ct);

    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Done(Guid id, DigitizationRequestAction action, CancellationToken ct) =>
        action.ResumeAsync(id, "Done", DigitizationBookmarks.CompleteDelivery, null,
            (r, _) => r.Status != DigitizationStatus.DocumentDelivery ? "Done is only valid in status Document Delivery"
                : r.Attachments.All(a => a.Purpose != AttachmentPurpose.Delivery) ? "Attach at least one file before Done" : null, ct);

    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Cancel(Guid id, CancelRequest? body, DigitizationRequestAction action, CancellationToken ct) =>
        action.ResumeAsync(id, "Cancel", DigitizationBookmarks.CancelRequest,
            new JsonObject { ["reason"] = body!.Reason, ["note"] = body.Note },
            (r, _) => r.Status.IsClosed() ? "Only an open request can be cancelled" : null, ct);

    /// <summary>Writes the file, then hands it to the waiting workflow; if the workflow does not take it, the file goes.</summary>
    private static async Task<Results<Created<DigitizationRequestView>, ProblemHttpResult>> Attach(
        Guid id, IFormFile? file, [FromForm] string? url, [FromForm] string? note,
        DigitizationRequestAction action, AttachmentStore store, CancellationToken ct)
    {
        if ((FileUpload.Check(file) ?? FileUpload.CheckUrlAndNote(url, note)) is { } invalid) return invalid;

        var precondition = await action.CheckAsync(id,
            (r, _) => r.Status == DigitizationStatus.DocumentDelivery ? null : "Files can only be attached in status Document Delivery", ct);
        if (precondition is not null) return precondition;

        var attachmentId = Guid.CreateVersion7();
        var fileName = Path.GetFileName(file!.FileName);
        string path;
        await using (var content = file.OpenReadStream())
            path = await store.SaveAsync(id, attachmentId, fileName, content, ct);

        var payload = JsonSerializer.SerializeToNode(
            new AttachedFile(attachmentId, fileName, FileUpload.ContentTypeOf(file!), file!.Length, path, url is { Length: > 0 } ? url : null, note),
            JsonSerializerOptions.Web)!.AsObject();
        var result = await action.ResumeCheckedAsync(id, "Attach documents", DigitizationBookmarks.AttachDocument, payload, ct);
        if (result.Result is Ok<DigitizationRequestView> ok)
            return TypedResults.Created($"/api/requests/{id}/attachments/{attachmentId}", ok.Value);
        AttachmentStore.Discard(path);
        return (ProblemHttpResult)result.Result;
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid attachmentId, LibraryDbContext db, CancellationToken ct)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == id, ct);
        return attachment is null
            ? ApiProblems.NotFound($"Request {id} has no attachment {attachmentId}.")
            : TypedResults.PhysicalFile(attachment.StoragePath, attachment.ContentType, attachment.FileName);
    }

    internal static ProblemHttpResult UnknownRequest(Guid id) => ApiProblems.NotFound($"No digitization request {id}.");
}
