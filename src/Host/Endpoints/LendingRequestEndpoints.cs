using System.Text.Json.Nodes;
using FluentValidation;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Lending;
using Library.Persistence;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// Resource-sharing lending requests (seed 003): creation, the request with its history, and one endpoint per
/// action. "move-request" and "digitization-request" start child workflows of the lending workflow.
/// </summary>
public static class LendingRequestEndpoints
{
    public static IEndpointRouteBuilder MapLendingRequests(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lending-requests").WithTags("Lending requests");
        group.MapPost("/", Create).Validate<CreateLendingRequest>();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);

        MapAction<ShipPhysicallyBody>(group, "ship-physically");
        group.MapPost("/{id:guid}/ship-digitally", ShipDigitally).DisableAntiforgery()
            .WithFormOptions(memoryBufferThreshold: (int)AttachmentStore.MaxFileBytes);
        MapAction<RenewBody>(group, "renew");
        MapAction<RejectBody>(group, "reject");
        MapAction<ConditionalBody>(group, "conditional");
        MapAction<ConditionalReplyBody>(group, "conditional-reply");
        group.MapPost("/{id:guid}/recall", Recall);
        MapAction<CancelReplyBody>(group, "cancel-reply");
        MapAction<AssignBody>(group, "assign");
        MapAction<PartnerEmailBody>(group, "partner-email");
        group.MapPost("/{id:guid}/notes", Notes);
        MapAction<MoveRequestBody>(group, "move-request");
        group.MapPost("/{id:guid}/digitization-request", DigitizationRequest).Validate<DigitizationRequestBody>();
        group.MapPost("/{id:guid}/alerts/{alertId:guid}/dismiss", DismissAlert);

        // The actions that need nothing but optional notes.
        foreach (var simple in new[]
                 {
                     LendingAction.WillSupply, LendingAction.ShipNonReturnable, LendingAction.ReceivedByPartner, LendingAction.ReturnedByPartner,
                     LendingAction.CheckIn, LendingAction.Lost, LendingAction.Reactivate, LendingAction.Release,
                     LendingAction.RenewRequested, LendingAction.Damaged, LendingAction.CancelRequested,
                 })
            group.MapPost($"/{{id:guid}}/{EnumNames<LendingAction>.Of(simple)}", (Guid id, HttpRequest http, LendingRequestAction action, CancellationToken ct) =>
                WithNotesAsync(id, simple, http, action, ct));
        return app;
    }

    /// <summary>An action whose validated body is the whole command.</summary>
    private static void MapAction<TBody>(RouteGroupBuilder group, string action) where TBody : class, ILendingActionBody =>
        group.MapPost($"/{{id:guid}}/{action}", (Guid id, TBody? body, LendingRequestAction handler, CancellationToken ct) =>
            handler.RunAsync(id, body!.ToCommand(), ct)).Validate<TBody>();

    /// <summary>Records the request as the partner sent it, then starts its workflow, which locates the item; one transaction.</summary>
    private static async Task<Results<Created<LendingRequestView>, ProblemHttpResult>> Create(
        CreateLendingRequest? body, LibraryDbContext db, WorkflowRuntime runtime, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        EnumNames<PartnerProfileType>.TryParse(body.Partner!.ProfileType, out var profileType);
        EnumNames<RequestedFormat>.TryParse(body.RequestedFormat, out var format);
        var now = clock.GetUtcNow().UtcDateTime;
        var partner = body.Partner;
        var request = new LendingRequest
        {
            Id = Guid.CreateVersion7(),
            Partner = new LendingPartner
            {
                Code = partner.Code!, Name = partner.Name!, Email = partner.Email is { Length: > 0 } email ? email : null, ProfileType = profileType,
                Profile = new PartnerWorkflowProfile
                {
                    AwaitDigitalReceipt = partner.AwaitDigitalReceipt ?? false,
                    WillSupplyStep = partner.WillSupplyStep ?? true,
                    ManualRenewStep = partner.ManualRenewStep ?? true,
                    ReactivateStep = partner.ReactivateStep ?? true,
                    IsoCheckInMessage = partner.IsoCheckInMessage ?? true,
                },
            },
            ExternalId = body.ExternalId!,
            RequestedFormat = format,
            Item = new LendingItem
            {
                Barcode = body.Item!.Barcode!, Title = body.Item.Title!, Author = body.Item.Author, Isbn = body.Item.Isbn,
                Library = body.Item.Library!, Location = body.Item.Location!,
            },
            RequesterEmail = body.RequesterEmail is { Length: > 0 } requesterEmail ? requesterEmail : null,
            NeededBy = body.NeededBy,
            Note = body.Note,
            Status = LendingStatus.LendingRequestCreated,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.LendingRequests.Add(request);
        await runtime.StartAsync(LendingWorkflow.Id, new JsonObject { ["requestId"] = request.Id.ToString() }, request.Id.ToString(), ActingAccount.Of(http), ct);
        return TypedResults.Created($"/api/lending-requests/{request.Id}", await LendingRequestView.LoadAsync(db, request.Id, ct));
    }

    /// <summary>
    /// The task list with the seed's facets: <c>assignee=unassigned</c> lists the requests nobody holds, <c>alerts</c> those
    /// showing that alert; <c>created</c> and <c>updated</c> look back from today, <c>due</c> both ways (<see cref="DueWithin"/>).
    /// </summary>
    private static async Task<Results<Ok<List<LendingRequestSummary>>, ProblemHttpResult>> List(
        LibraryDbContext db, TimeProvider clock, IOptions<LendingSettings> settings, string? status, string? partner, string? requestedFormat, string? assignee,
        string? created, string? updated, string? due, string? alerts, string? q, int? limit, CancellationToken ct)
    {
        var query = db.LendingRequests.AsNoTracking();
        if (status is not null)
        {
            if (!LendingStatuses.TryParse(status, out var parsed))
                return ApiProblems.Invalid("status", $"Unknown status '{status}'; one of: {string.Join(", ", LendingStatuses.All)}.");
            query = query.Where(r => r.Status == parsed);
        }
        if (partner is not null) query = query.Where(r => r.Partner.Code == partner);
        if (requestedFormat is not null)
        {
            if (!EnumNames<RequestedFormat>.TryParse(requestedFormat, out var format))
                return ApiProblems.Invalid("requestedFormat", $"'requestedFormat' must be {EnumNames<RequestedFormat>.Listed}.");
            query = query.Where(r => r.RequestedFormat == format);
        }
        if (assignee is not null)
            query = assignee == "unassigned" ? query.Where(r => r.Assignee == null) : query.Where(r => r.Assignee == assignee);
        var now = clock.GetUtcNow().UtcDateTime;
        if (created is not null)
        {
            if (!EnumNames<CreatedWithin>.TryParse(created, out var bucket))
                return ApiProblems.Invalid("created", $"'created' must be {EnumNames<CreatedWithin>.Listed}.");
            var (from, to) = bucket.Range(now);
            if (from is { } start) query = query.Where(r => r.CreatedAt >= start);
            if (to is { } end) query = query.Where(r => r.CreatedAt < end);
        }
        if (updated is not null)
        {
            if (!EnumNames<CreatedWithin>.TryParse(updated, out var bucket))
                return ApiProblems.Invalid("updated", $"'updated' must be {EnumNames<CreatedWithin>.Listed}.");
            var (from, to) = bucket.Range(now);
            if (from is { } start) query = query.Where(r => r.UpdatedAt >= start);
            if (to is { } end) query = query.Where(r => r.UpdatedAt < end);
        }
        if (due is not null)
        {
            if (!EnumNames<DueWithin>.TryParse(due, out var bucket))
                return ApiProblems.Invalid("due", $"'due' must be {EnumNames<DueWithin>.Listed}.");
            var (from, to) = bucket.Range(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, settings.Value.InstitutionTimeZone())));
            if (from is { } start) query = query.Where(r => r.DueDate >= start);
            if (to is { } end) query = query.Where(r => r.DueDate < end);
        }
        if (alerts is not null)
        {
            // One facet value per message a request can show, e.g. "Move request completed"; dismissed alerts do not count.
            if (LendingAlert.All.FirstOrDefault(a => string.Equals(a.Message, alerts, StringComparison.OrdinalIgnoreCase)) is not { Message: not null } wanted)
                return ApiProblems.Invalid("alerts", $"Unknown alert '{alerts}'; one of: {string.Join(", ", LendingAlert.All.Select(a => a.Message))}.");
            query = query.Where(r => r.Alerts.Any(a => a.Kind == wanted.Kind && a.State == wanted.State && !a.Dismissed));
        }
        if (q is { Length: > 0 })
        {
            var text = q.ToLower();
            query = query.Where(r => r.Item.Title.ToLower().Contains(text) || r.ExternalId.ToLower().Contains(text));
        }
        if (limit is < 1 or > 1000) return ApiProblems.Invalid("limit", "'limit' must be between 1 and 1000.");

        var rows = await query.OrderBy(r => r.CreatedAt).Take(limit ?? 200)
            .Select(r => new LendingRequestSummary(r.Id, r.Status, r.Active, r.Partner.Code, r.ExternalId, r.RequestedFormat,
                r.Item.Title, r.Item.Barcode, r.Assignee, r.DueDate, r.CreatedAt, r.UpdatedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Get(Guid id, LibraryDbContext db, CancellationToken ct) =>
        await LendingRequestView.LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : UnknownRequest(id);

    /// <summary>Answers the library's policy refusals (unknown department, no rule, ...) as a new digitization request would.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> DigitizationRequest(
        Guid id, DigitizationRequestBody? body, LendingRequestAction action, LinkedRequests links, LibraryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var command = body!.ToCommand();
        if (await action.CheckAsync(id, command, ct) is { } refused) return refused;
        var request = await db.LendingRequests.AsNoTracking().SingleAsync(r => r.Id == id, ct);
        var (decision, _) = await links.DigitizationAsync(request, command.Department!, command.InternalNote, clock.GetUtcNow().UtcDateTime, ct);
        if (decision is Rules.PolicyDecision.Refused policy) return DigitizationRequestEndpoints.Refuse(policy);
        return await action.RunCheckedAsync(id, command, ct);
    }

    /// <summary>
    /// Dismissing changes only the alert's own row, never the request's status, so it needs no workflow step; a child
    /// ending later sets the alert again.
    /// </summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> DismissAlert(
        Guid id, Guid alertId, LibraryDbContext db, CancellationToken ct)
    {
        var request = await db.LendingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return UnknownRequest(id);
        if (request.Alerts.SingleOrDefault(a => a.Id == alertId) is not { } alert)
            return ApiProblems.NotFound($"Lending request {id} has no alert {alertId}.");
        alert.Dismissed = true;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await LendingRequestView.LoadAsync(db, id, ct))!);
    }

    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Notes(
        Guid id, HttpRequest http, LendingRequestAction action, CancellationToken ct)
    {
        var body = await ReadNotesAsync(http, ct);
        if (body.Problem is not null) return body.Problem;
        if (body.Notes is not { InternalNote.Length: > 0 } and not { PartnerNote.Length: > 0 })
            return ApiProblems.Invalid("internalNote", "Give an 'internalNote', a 'partnerNote' or both.");
        return await action.RunAsync(id, body.Notes!.ToCommand(LendingAction.Notes), ct);
    }

    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> WithNotesAsync(
        Guid id, LendingAction simple, HttpRequest http, LendingRequestAction action, CancellationToken ct)
    {
        var body = await ReadNotesAsync(http, ct);
        if (body.Problem is not null) return body.Problem;
        return await action.RunAsync(id, (body.Notes ?? new ActionNotesBody(null, null)).ToCommand(simple), ct);
    }

    /// <summary>The notes body is optional for these actions, so it is read here rather than bound.</summary>
    private static Task<(ActionNotesBody? Notes, ProblemHttpResult? Problem)> ReadNotesAsync(HttpRequest http, CancellationToken ct) =>
        ReadOptionalAsync(http, new ActionNotesBodyValidator(), ct);

    /// <summary>A body that may be left out entirely: null without a problem when there is none.</summary>
    private static async Task<(TBody? Body, ProblemHttpResult? Problem)> ReadOptionalAsync<TBody>(HttpRequest http, IValidator<TBody> validator, CancellationToken ct)
        where TBody : class
    {
        if (http.ContentLength == 0 || (http.ContentLength is null && http.ContentType is null)) return (null, null);
        if (!http.HasJsonContentType()) return (null, ApiProblems.Invalid("body", "Send a JSON object, or no body at all."));
        TBody? body;
        try
        {
            body = await http.ReadFromJsonAsync<TBody>(ct);
        }
        catch (System.Text.Json.JsonException e)
        {
            return (null, ApiProblems.Invalid("body", $"The body is not a JSON object of this action's fields: {e.Message}"));
        }
        return (body, body is null ? null : Problem(validator.Validate(body)));
    }

    private static ProblemHttpResult? NotesProblem(ActionNotesBody notes) => Problem(new ActionNotesBodyValidator().Validate(notes));

    private static ProblemHttpResult? Problem(FluentValidation.Results.ValidationResult validation) =>
        validation.IsValid ? null : ApiProblems.Invalid(validation.Errors[0].PropertyName, validation.Errors[0].ErrorMessage);

    /// <summary>"Recall": every field is optional, so the body may be left out too.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Recall(
        Guid id, HttpRequest http, LendingRequestAction action, CancellationToken ct)
    {
        var body = await ReadOptionalAsync(http, new RecallBodyValidator(), ct);
        if (body.Problem is not null) return body.Problem;
        return await action.RunAsync(id, (body.Body ?? new RecallBody(null, null, null)).ToCommand(), ct);
    }

    /// <summary>Stores the file (if any) first, then ships; if the workflow does not take the shipment, the file goes.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> ShipDigitally(
        Guid id, IFormFile? file, [FromForm] string? url, [FromForm] string? termsOfUse, [FromForm] bool? completeRequest,
        [FromForm] string? internalNote, [FromForm] string? partnerNote,
        LendingRequestAction action, AttachmentStore store, CancellationToken ct)
    {
        if (file is null && url is not { Length: > 0 })
            return ApiProblems.Invalid("file", "Send a 'file' or an external 'url' to ship.");
        if (((file is null ? null : FileUpload.Check(file)) ?? FileUpload.CheckUrlAndNote(url, null) ?? NotesProblem(new ActionNotesBody(internalNote, partnerNote))) is { } invalid)
            return invalid;
        if (termsOfUse is { Length: > 200 }) return ApiProblems.Invalid("termsOfUse", "'termsOfUse' may be at most 200 characters.");

        var shipment = new DigitalShipment { Url = url is { Length: > 0 } ? url : null, TermsOfUse = termsOfUse };
        var command = new LendingCommand(LendingAction.ShipDigitally, internalNote, partnerNote, CompleteRequest: completeRequest ?? false, Shipment: shipment);
        if (await action.CheckAsync(id, command, ct) is { } refused) return refused;

        if (file is not null)
        {
            await using var content = file.OpenReadStream();
            var fileName = Path.GetFileName(file.FileName);
            shipment.Files.Add(new ShippedFile
            {
                FileName = fileName, ContentType = FileUpload.ContentTypeOf(file),
                StoragePath = await store.SaveAsync(id, Guid.CreateVersion7(), fileName, content, ct),
            });
        }
        var result = await action.RunCheckedAsync(id, command, ct);
        if (result.Result is ProblemHttpResult)
            foreach (var stored in shipment.Files) AttachmentStore.Discard(stored.StoragePath);
        return result;
    }

    internal static ProblemHttpResult UnknownRequest(Guid id) => ApiProblems.NotFound($"No lending request {id}.");
}
