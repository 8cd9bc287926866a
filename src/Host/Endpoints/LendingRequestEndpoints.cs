using Microsoft.AspNetCore.Identity;
using Library.Accounts;
using Library.Host.Authorization;
using FluentValidation;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Lending;
using Library.Persistence;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Definitions;
using Workflows.Mail;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// Resource-sharing lending requests (Alma: Managing Resource Sharing Lending Requests): creation, the task list, the
/// request with its history and letters, one endpoint per action, and scanning an item in to check it in or ship it. "move-request" and "digitization-request" start child workflows of the lending workflow.
/// </summary>
public static class LendingRequestEndpoints
{
    public static IEndpointRouteBuilder MapLendingRequests(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lending-requests").WithTags("Lending requests");
        group.MapPost("/", Create).Needs(StaffPolicies.Fulfillment).Validate<CreateLendingRequest>().Refuses(StatusCodes.Status400BadRequest);
        group.MapGet("/", List).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:guid}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/scan-in", (LendingScanBody? body, LendingScanIn scan, CancellationToken ct) => scan.ScanAsync(body!, ct))
            .Needs(StaffPolicies.Fulfillment).Validate<LendingScanBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/letters", Letters).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);

        MapAction<ShipPhysicallyBody>(group, "ship-physically");
        group.MapPost("/{id:guid}/ship-digitally", ShipDigitally).Needs(StaffPolicies.Fulfillment).DisableAntiforgery()
            .WithFormOptions(memoryBufferThreshold: FileUpload.MemoryBufferBytes).Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
        MapAction<RenewBody>(group, "renew");
        MapAction<RejectBody>(group, "reject");
        MapAction<ConditionalBody>(group, "conditional");
        MapAction<ConditionalReplyBody>(group, "conditional-reply");
        group.MapPost("/{id:guid}/recall", Recall).Needs(StaffPolicies.Fulfillment).Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        MapAction<CancelReplyBody>(group, "cancel-reply");
        group.MapPost("/{id:guid}/assign", Assign).Needs(StaffPolicies.Fulfillment).Validate<AssignBody>()
            .Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        MapAction<PartnerEmailBody>(group, "partner-email");
        group.MapPost("/{id:guid}/notes", Notes).Needs(StaffPolicies.Fulfillment).Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        MapAction<MoveRequestBody>(group, "move-request");
        group.MapPost("/{id:guid}/digitization-request", DigitizationRequest).Needs(StaffPolicies.Fulfillment).Validate<DigitizationRequestBody>().Refuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/alerts/{alertId:guid}/dismiss", DismissAlert).Needs(StaffPolicies.Fulfillment).Refuses(StatusCodes.Status404NotFound);

        // The actions that need nothing but optional notes.
        foreach (var simple in new[]
                 {
                     LendingAction.WillSupply, LendingAction.ShipNonReturnable, LendingAction.ReceivedByPartner, LendingAction.ReturnedByPartner,
                     LendingAction.CheckIn, LendingAction.Lost, LendingAction.Reactivate, LendingAction.Release,
                     LendingAction.RenewRequested, LendingAction.Damaged, LendingAction.CancelRequested,
                 })
            group.MapPost($"/{{id:guid}}/{EnumNames<LendingAction>.Of(simple)}",
                    (Guid id, OptionalBody<ActionNotesBody> body, LendingRequestAction action, CancellationToken ct) => WithNotesAsync(id, simple, body, action, ct)).Needs(StaffPolicies.Fulfillment).Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/actions/{name}", AddedAction).Needs(StaffPolicies.Fulfillment)
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>An action whose validated body is the whole command.</summary>
    private static void MapAction<TBody>(RouteGroupBuilder group, string action) where TBody : class, ILendingActionBody =>
        group.MapPost($"/{{id:guid}}/{action}", (Guid id, TBody? body, LendingRequestAction handler, CancellationToken ct) =>
            handler.RunAsync(id, body!.ToCommand(), ct)).Needs(StaffPolicies.Fulfillment).Validate<TBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    private static async Task<Results<Created<LendingRequestView>, ProblemHttpResult>> Create(
        CreateLendingRequest? body, LendingRequests lending, LibraryDbContext db, WorkflowDefinitionStore definitions, StaffAccess access, HttpContext http, CancellationToken ct)
    {
        var library = body!.Item.Library;
        if (await access.RefusalAtLibraryAsync(StaffPolicies.FulfillmentRoles, library, ct) is { } outOfScope) return outOfScope;
        var (partner, refused) = await PartnerOfAsync(body, db, ct);
        if (refused is not null) return refused;
        var request = await lending.StartAsync(body.ToNewLendingRequest(partner!), ActingAccount.Of(http), ct);
        return TypedResults.Created($"/api/lending-requests/{request.Id}", (await LendingRequestView.LoadAsync(db, definitions, request.Id, ct))!);
    }

    /// <summary>The registered, active partner the body names, as the request records it with its workflow profile now.</summary>
    private static async Task<(LendingPartner? Partner, ProblemHttpResult? Refused)> PartnerOfAsync(
        CreateLendingRequest body, LibraryDbContext db, CancellationToken ct)
    {
        var code = body.PartnerCode;
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        if (partner is null) return (null, ApiProblems.Invalid("partnerCode", $"No partner '{code}' is registered (/api/partners)."));
        if (!partner.Active) return (null, ApiProblems.Invalid("partnerCode", $"Partner '{code}' is inactive: it takes no new lending requests."));
        // Alma: Managing Resource Sharing Lending Requests: a digital request is supplied to the requester's e-mail address.
        // Staff entering an Email partner's request can ask for it; an ISO partner's request is taken with the alert
        // Requester Email Empty instead (RequesterEmailEmpty), and only its digital shipment is refused.
        if (partner.ProfileType == PartnerProfileType.Email && body.AsksForDigital() && body.RequesterEmail is not { Length: > 0 })
            return (null, ApiProblems.Invalid("requesterEmail",
                "Requester Email Empty: a digital request can only be supplied when the requester has an e-mail address."));
        var profile = await db.LendingWorkflowProfiles.AsNoTracking().SingleAsync(p => p.Code == partner.WorkflowProfile, ct);
        return (partner.Snapshot(profile), null);
    }


    /// <summary>
    /// A page of the requests, oldest first, each with the actions it allows now; the page's requests are read whole,
    /// as their actions depend on the same fields the request's page reads them from, and their positions in one query.
    /// </summary>
    private static async Task<Results<Ok<LendingRequestPage>, ProblemHttpResult>> List(
        [AsParameters] LendingRequestQuery query, LibraryDbContext db, WorkflowDefinitionStore definitions, TimeProvider clock, IOptions<LendingSettings> settings, HttpContext http,
        CancellationToken ct)
    {
        var (filter, page, pageSize, problem) = query.Read(ActingAccount.Of(http));
        if (problem is not null) return problem;
        var requests = filter.Apply(db.LendingRequests.AsNoTracking(), clock.GetUtcNow().UtcDateTime, settings.Value.InstitutionTimeZone());
        var total = await requests.CountAsync(ct);
        var rows = await requests.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Skip((int)Math.Min((page - 1L) * pageSize, int.MaxValue)).Take(pageSize).AsSplitQuery().ToListAsync(ct);
        var positions = await new WorkflowTraces(db).PositionsAsync(rows.Select(r => r.Id.ToString()).ToList(), LendingWorkflow.Id, ct);
        var versions = new Dictionary<int, WorkflowDefinition?>();
        foreach (var version in positions.Values.Select(p => p.DefinitionVersion).Distinct())
            versions[version] = (await definitions.GetAsync(LendingWorkflow.Id, version, ct))?.Definition;
        var summaries = rows.Select(r =>
        {
            var position = positions.GetValueOrDefault(r.Id.ToString());
            return LendingRequestSummary.Of(r, position, position is null ? null : versions[position.DefinitionVersion]);
        }).ToList();
        return TypedResults.Ok(new LendingRequestPage(total, page, pageSize, summaries));
    }

    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Get(Guid id, LibraryDbContext db, WorkflowDefinitionStore definitions, CancellationToken ct) =>
        await LendingRequestView.LoadAsync(db, definitions, id, ct) is { } view ? TypedResults.Ok(view) : UnknownRequest(id);

    /// <summary>The letters the request's workflow queued for the partner, oldest first, as the outbox has them.</summary>
    private static async Task<Results<Ok<List<OutboxLetterView>>, ProblemHttpResult>> Letters(
        Guid id, LibraryDbContext db, OutboxLetters letters, CancellationToken ct) =>
        await db.LendingRequests.AnyAsync(r => r.Id == id, ct)
            ? TypedResults.Ok(OutboxLetterView.Of(await letters.OfCorrelationAsync(id.ToString(), ct)))
            : UnknownRequest(id);

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

    /// <summary>"Assign to me" without an operator; an operator named must be an active staff account.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Assign(
        Guid id, AssignBody? body, LendingRequestAction action, StaffAccess access, UserManager<StaffAccount> users, HttpContext http, CancellationToken ct)
    {
        var assignee = body!.Operator is { Length: > 0 } named ? named : ActingAccount.Of(http);
        if (await users.FindByNameAsync(assignee) is not { } account || !account.IsActiveOn(access.Today))
            return ApiProblems.Invalid("operator", $"No active staff account '{assignee}' to assign the request to.");
        return await action.RunAsync(id, body.ToCommand(account.UserName!), ct);
    }

    /// <summary>
    /// Dismissing changes only the alert's own row, never the request's status, so it needs no workflow step; a child
    /// ending later sets the alert again.
    /// </summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> DismissAlert(
        Guid id, Guid alertId, LibraryDbContext db, WorkflowDefinitionStore definitions, StaffAccess access, CancellationToken ct)
    {
        var request = await db.LendingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return UnknownRequest(id);
        if (await access.RefusalAtLibraryAsync(StaffPolicies.FulfillmentRoles, request.Item.Library, ct) is { } outOfScope)
            return outOfScope;
        if (request.Alerts.SingleOrDefault(a => a.Id == alertId) is { } alert) alert.Dismissed = true;
        else if (request.IsoMessages.SingleOrDefault(m => m.Id == alertId && PartnerMessageError.IsRaisedBy(m)) is { } refused) refused.AlertDismissed = true;
        else return ApiProblems.NotFound($"Lending request {id} has no alert {alertId}.");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await LendingRequestView.LoadAsync(db, definitions, id, ct))!);
    }

    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Notes(
        Guid id, OptionalBody<ActionNotesBody> body, LendingRequestAction action, CancellationToken ct)
    {
        if (body.Problem is not null) return body.Problem;
        if (body.Value is not { InternalNote.Length: > 0 } and not { PartnerNote.Length: > 0 })
            return ApiProblems.Invalid("internalNote", "Give an 'internalNote', a 'partnerNote' or both.");
        return await action.RunAsync(id, body.Value.ToCommand(EnumNames<LendingAction>.Of(LendingAction.Notes)), ct);
    }

    /// <summary>The actions that need nothing but optional notes; the body may be left out.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> WithNotesAsync(
        Guid id, LendingAction simple, OptionalBody<ActionNotesBody> body, LendingRequestAction action, CancellationToken ct)
    {
        if (body.Problem is not null) return body.Problem;
        return await action.RunAsync(id, (body.Value ?? new ActionNotesBody(null, null)).ToCommand(EnumNames<LendingAction>.Of(simple)), ct);
    }

    /// <summary>
    /// An action a published version of the lending definition added, which the C# gives no meaning beyond the status it
    /// leads to: taken with its optional notes when the request's own version offers it to staff in its status (409
    /// naming the status otherwise). An action the C# knows is taken at its own endpoint, with the body it needs.
    /// </summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> AddedAction(
        Guid id, string name, OptionalBody<ActionNotesBody> body, LendingRequestAction action, CancellationToken ct)
    {
        if (body.Problem is not null) return body.Problem;
        // A partner's status request has no endpoint of its own: it is refused below as not staff's to take.
        if (EnumNames<LendingAction>.TryParse(name, out var known) && known != LendingAction.StatusRequest)
            return ApiProblems.Invalid("name", $"'{name}' is taken at POST /api/lending-requests/{id}/{EnumNames<LendingAction>.Of(known)}, with the fields it needs.");
        return await action.RunAsync(id, (body.Value ?? new ActionNotesBody(null, null)).ToCommand(name), ct);
    }

    /// <summary>"Recall": every field is optional, so the body may be left out too.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> Recall(
        Guid id, OptionalBody<RecallBody> body, LendingRequestAction action, CancellationToken ct)
    {
        if (body.Problem is not null) return body.Problem;
        return await action.RunAsync(id, (body.Value ?? new RecallBody(null, null, null)).ToCommand(), ct);
    }

    /// <summary>Stores the file (if any) first, then ships; if the workflow does not take the shipment, the file goes.</summary>
    private static async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> ShipDigitally(
        Guid id, [AsParameters] DigitalShipmentForm form, LendingRequestAction action, AttachmentStore store, CancellationToken ct)
    {
        if (form.Problem() is { } invalid) return invalid;

        var shipment = new DigitalShipment { Url = form.Url is { Length: > 0 } url ? url : null, TermsOfUse = form.TermsOfUse };
        var command = new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.ShipDigitally), form.InternalNote, form.PartnerNote,
            CompleteRequest: form.CompleteRequest ?? false, Shipment: shipment);
        if (await action.CheckAsync(id, command, ct) is { } refused) return refused;

        if (form.File is { } file)
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
