using Library.Host.Authorization;
using Library.Approvals;
using Library.Delivery;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Host.Files;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Languages;
using Library.Persistence;
using Library.Rules;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Text.Json.Nodes;
using System.Text.Json;
using Workflows.Mail;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// Digitization requests: creation under <c>/api/digitization-requests</c>; the in-process items, a request's page and
/// the staff actions that move it on under <c>/api/requests</c>.
/// </summary>
public static class DigitizationRequestEndpoints
{
    public static IEndpointRouteBuilder MapDigitizationRequests(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/digitization-requests").WithTags("Digitization requests")
            .MapPost("/", Create).Needs(StaffPolicies.Fulfillment).Validate<CreateDigitizationRequest>().Refuses(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);

        // The in-process items and their actions keep the URLs under /api/requests.
        var group = app.MapGroup("/api/requests").WithTags("Digitization requests");
        group.MapGet("/", List).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:guid}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/letters", Letters).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/next-step", NextStep).Needs(StaffPolicies.DigitizationProcessing).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        // An accepted file (at most 10 MB) stays in memory until the store writes it, instead of going to a
        // temporary file first and being written a second time.
        group.MapPost("/{id:guid}/attachments", Attach).Needs(StaffPolicies.DigitizationProcessing).DisableAntiforgery()
            .WithFormOptions(memoryBufferThreshold: FileUpload.MemoryBufferBytes)
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download).Needs(StaffPolicies.Staff)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Refuses(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        group.MapPost("/{id:guid}/done", Done).Needs(StaffPolicies.DigitizationProcessing).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cancel", Cancel).Needs(StaffPolicies.DigitizationProcessing).Validate<CancellationBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>
    /// Places the request (<see cref="DigitizationRequests.PlaceAsync"/>); a refusal of the library's policy is 400 or
    /// 403, and a placement that kept losing to simultaneous ones for the same requester is 409.
    /// </summary>
    private static async Task<Results<Created<DigitizationRequestView>, ProblemHttpResult>> Create(
        CreateDigitizationRequest? body, DigitizationRequests digitization, LibraryDbContext db, StaffAccess access, IOptions<LetterSettings> letters,
        HttpContext http, CancellationToken ct)
    {
        var library = body!.Item.Library;
        if (await access.RefusalAtLibraryAsync(StaffPolicies.FulfillmentRoles, library, ct) is { } outOfScope) return outOfScope;
        return await digitization.PlaceAsync(body!.ToNewDigitizationRequest(letters.Value.InstitutionLanguage()), ActingAccount.Of(http), ct) switch
        {
            Placement.Placed { Request.Id: var id } => TypedResults.Created($"/api/requests/{id}", (await DigitizationRequestView.LoadAsync(db, id, ct))!),
            Placement.Refused { Decision: var refused } => Refuse(refused),
            Placement.Contended { Reason: var reason } => ApiProblems.Conflict(reason),
            Placement.NoInventory { Reason: var reason } => ApiProblems.Conflict(reason),
            var other => throw new InvalidOperationException($"Unknown placement {other}."),
        };
    }

    /// <summary>A request naming a department that cannot take it is bad input; one the library's policy forbids is 403.</summary>
    internal static ProblemHttpResult Refuse(PolicyDecision.Refused refused) => refused.Kind switch
    {
        PolicyRefusal.UnknownDepartment or PolicyRefusal.DepartmentDoesNotServeLibrary => ApiProblems.Invalid(refused.Field, refused.Reason),
        _ => TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Refused by library policy",
            extensions: new Dictionary<string, object?> { ["rule"] = refused.Kind.ToString(), ["field"] = refused.Field }),
    };

    /// <summary>The in-process items, oldest first, each with the row actions valid now (read for the whole page at once).</summary>
    private static async Task<Results<Ok<List<DigitizationRequestSummary>>, ProblemHttpResult>> List(
        [AsParameters] DigitizationRequestQuery query, LibraryDbContext db, CancellationToken ct)
    {
        var (filter, limit, problem) = query.Read();
        if (problem is not null) return problem;
        var rows = await filter.Apply(db.DigitizationRequests.AsNoTracking()).OrderBy(r => r.CreatedAt).Take(limit)
            .Select(r => new
            {
                r.Id, r.Status, r.Inventory, r.Item.Barcode, r.Item.MmsId, r.Item.Title, PartTitle = r.Part == null ? null : r.Part.Title,
                r.Scope, r.Department, r.Routing.Target, RequesterId = r.Requester.Id, RequesterName = r.Requester.Name, r.CreatedAt, r.UpdatedAt,
            })
            .ToListAsync(ct);
        var actions = await DigitizationRequestActions.OfRequestsAsync(db, rows.Select(r => new InventoryActions.Row(r.Id, r.Status, r.Inventory, r.Barcode, r.MmsId)).ToList(), ct);
        return TypedResults.Ok(rows.Select(r => new DigitizationRequestSummary(r.Id, r.Status, r.Inventory, r.Barcode, r.Title, r.PartTitle, r.Scope,
            r.Department, r.Target, r.RequesterId, r.RequesterName, r.CreatedAt, r.UpdatedAt, actions.GetValueOrDefault(r.Id, []))).ToList());
    }

    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Get(Guid id, LibraryDbContext db, CancellationToken ct) =>
        await DigitizationRequestView.LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : UnknownRequest(id);

    /// <summary>The letters the request's workflow queued, oldest first, as the outbox has them.</summary>
    private static async Task<Results<Ok<List<OutboxLetterView>>, ProblemHttpResult>> Letters(
        Guid id, LibraryDbContext db, OutboxLetters letters, CancellationToken ct) =>
        await db.DigitizationRequests.AnyAsync(r => r.Id == id, ct)
            ? TypedResults.Ok(OutboxLetterView.Of(await letters.OfCorrelationAsync(id.ToString(), ct)))
            : UnknownRequest(id);

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

    /// <summary>The reason is one of the configured cancellation reasons, or free text while none are configured.</summary>
    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> Cancel(
        Guid id, CancellationBody? body, DigitizationRequestAction action, LibraryDbContext db, CancellationToken ct)
    {
        if (await CancellationReasons.RefusalAsync(db, body!.Reason, ct) is { } refused) return ApiProblems.Invalid("reason", refused);
        return await action.ResumeAsync(id, "Cancel", DigitizationBookmarks.CancelRequest,
            new JsonObject { ["reason"] = body.Reason, ["note"] = body.Note },
            (r, _) => r.Status.IsClosed() ? "Only an open request can be cancelled" : null, ct);
    }

    /// <summary>Writes the file, then hands it to the waiting workflow; if the workflow does not take it, the file goes.</summary>
    private static async Task<Results<Created<DigitizationRequestView>, ProblemHttpResult>> Attach(
        Guid id, [AsParameters] AttachmentForm form, DigitizationRequestAction action, AttachmentStore store, LibraryDbContext db,
        IOptions<StorageOptions> storage, CancellationToken ct)
    {
        if (form.Problem() is { } invalid) return invalid;

        var precondition = await action.CheckAsync(id,
            (r, _) => r.Status == DigitizationStatus.DocumentDelivery ? null : "Files can only be attached in status Document Delivery", ct);
        if (precondition is not null) return precondition;
        if (await RequestFileLimit.RefusalAsync(db, storage.Value, id, form.File!, ct) is { } tooMuch) return tooMuch;

        var attachmentId = Guid.CreateVersion7();
        var file = form.File!;
        var fileName = Path.GetFileName(file.FileName);
        string path;
        await using (var content = file.OpenReadStream())
            path = await store.SaveAsync(id, attachmentId, fileName, content, ct);

        var payload = JsonSerializer.SerializeToNode(
            new AttachedFile(attachmentId, fileName, FileUpload.ContentTypeOf(file), file.Length, path, form.SourceUrl, form.Note),
            JsonSerializerOptions.Web)!.AsObject();
        var result = await action.ResumeCheckedAsync(id, "Attach documents", DigitizationBookmarks.AttachDocument, payload, ct);
        if (result.Result is Ok<DigitizationRequestView> ok)
            return TypedResults.Created($"/api/requests/{id}/attachments/{attachmentId}", ok.Value);
        AttachmentStore.Discard(path);
        return (ProblemHttpResult)result.Result;
    }

    /// <summary>
    /// A staff download of a delivered file or a clearance document: not counted against the requester's link, which
    /// may be used up already, but written into the request's history under the signed-in account.
    /// </summary>
    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid attachmentId, LibraryDbContext db, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == id, ct);
        if (attachment is null) return ApiProblems.NotFound($"Request {id} has no attachment {attachmentId}.");
        if (StoredFiles.Open(attachment.StoragePath) is not { } content) return await RemovedAsync(db, attachment, ct);
        try
        {
            await runtime.RecordAsync(id.ToString(), DigitizationRequests.WorkflowId,
                new RecordedAction("staff-download", "Download", "Downloaded", $"{attachment.FileName} ({attachment.Size:N0} bytes)"),
                ActingAccount.Of(http), ct);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
        return StoredFiles.Download(content, attachment.ContentType, attachment.FileName);
    }

    /// <summary>The 410 for a file the store no longer has: a delivered file says when the link's cleanup removed it.</summary>
    private static async Task<ProblemHttpResult> RemovedAsync(LibraryDbContext db, Attachment attachment, CancellationToken ct)
    {
        var removed = attachment.Purpose == AttachmentPurpose.Delivery
            ? await db.DeliveryLinks.Where(l => l.RequestId == attachment.RequestId && l.FilesRemovedAt != null)
                .Select(l => l.FilesRemovedAt).FirstOrDefaultAsync(ct)
            : null;
        return ApiProblems.Gone(removed is { } on
            ? $"The file {attachment.FileName} was removed on {on:yyyy-MM-dd}, when its download link's time was over (Delivery:DocumentDeliveryCleanupDays)."
            : $"The file {attachment.FileName} is no longer in the store.");
    }

    internal static ProblemHttpResult UnknownRequest(Guid id) => ApiProblems.NotFound($"No digitization request {id}.");
}
