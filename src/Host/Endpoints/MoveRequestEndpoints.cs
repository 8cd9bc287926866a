using Library.Host.Authorization;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Moves;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>Move requests: create, list, read, cancel. Arrival comes through the scan-station trigger.</summary>
public static class MoveRequestEndpoints
{
    public static IEndpointRouteBuilder MapMoveRequests(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/move-requests").WithTags("Move requests");
        group.MapPost("/", Create).Needs(StaffPolicies.Fulfillment).Validate<CreateMoveRequest>();
        group.MapGet("/", List).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:guid}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/cancel", Cancel).Needs(StaffPolicies.Fulfillment).Validate<CancellationBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<MoveRequestView>, ProblemHttpResult>> Create(
        CreateMoveRequest? body, MoveRequests moves, LibraryDbContext db, StaffAccess access, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (await access.RefusalAtLibraryAsync(StaffPolicies.FulfillmentRoles, body.From.Library, ct) is { } outOfScope)
            return outOfScope;
        // The validator asks for a library and location whenever no desk is named.
        var to = string.IsNullOrEmpty(body.To.Desk) ? Place.Shelf(body.To.Library!, body.To.Location!) : Place.AtDesk(body.To.Desk);
        var move = await moves.StartAsync(
            new NewMove(body.Barcode, Place.Shelf(body.From.Library, body.From.Location), to, body.ManualDescription, body.Note),
            ActingAccount.Of(http), ct);
        return TypedResults.Created($"/api/move-requests/{move.Id}", (await MoveRequestView.LoadAsync(db, move.Id, ct))!);
    }

    /// <summary>A page of the move requests, in the order they were created.</summary>
    private static async Task<Results<Ok<MoveRequestPage>, ProblemHttpResult>> List(
        [AsParameters] MoveRequestQuery query, LibraryDbContext db, CancellationToken ct)
    {
        var (filter, page, pageSize, problem) = query.Read();
        if (problem is not null) return problem;
        var moves = filter.Apply(db.MoveRequests.AsNoTracking());
        var total = await moves.CountAsync(ct);
        var rows = await moves.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Skip((int)Math.Min((page - 1L) * pageSize, int.MaxValue)).Take(pageSize)
            .Select(m => new MoveRequestSummary(m.Id, m.Type, m.Status, m.Barcode, new DestinationBody(m.From.Library, m.From.Location, m.From.Desk),
                new DestinationBody(m.To.Library, m.To.Location, m.To.Desk), m.LendingRequestId, m.DigitizationRequestId, m.CreatedAt, m.UpdatedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new MoveRequestPage(total, page, pageSize, rows));
    }

    private static async Task<Results<Ok<MoveRequestView>, ProblemHttpResult>> Get(Guid id, LibraryDbContext db, CancellationToken ct) =>
        await MoveRequestView.LoadAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : UnknownMove(id);

    private static async Task<Results<Ok<MoveRequestView>, ProblemHttpResult>> Cancel(
        Guid id, CancellationBody? body, LibraryDbContext db, WorkflowRuntime runtime, StaffAccess access, HttpContext http, CancellationToken ct)
    {
        var move = await db.MoveRequests.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Status, m.From.Library }).SingleOrDefaultAsync(ct);
        if (move is null) return UnknownMove(id);
        if (await access.RefusalAtLibraryAsync(StaffPolicies.FulfillmentRoles, move.Library!, ct) is { } outOfScope) return outOfScope;
        if (move.Status.IsClosed())
            return ApiProblems.Conflict($"Only an open move request can be cancelled; move request {id} is in status {move.Status.DisplayName()}.");

        var result = await runtime.ResumeAsync(MoveBookmarks.Cancel, MoveBookmarks.MoveKey(id),
            new JsonObject { ["reason"] = body!.Reason, ["note"] = body.Note }, ActingAccount.Of(http), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, "Cancel", $"move request {id}");
        return TypedResults.Ok((await MoveRequestView.LoadAsync(db, id, ct))!);
    }

    private static ProblemHttpResult UnknownMove(Guid id) => ApiProblems.NotFound($"No move request {id}.");
}
