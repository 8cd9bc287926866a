using Library.Host.Problems;
using Library.Host.Contracts;
using Library.Host.Validation;
using Library.Moves;
using Library.Persistence;
using Library.Digitization;
using Library.Scanning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// The HTTP trigger scan stations call. A scan completes the oldest move request for that item bound for that
/// place (a department or desk, or a library and location). Otherwise a scan at a department resumes the oldest
/// request for that item bound for that department, and a scan at a desk or shelf location marks the oldest
/// waiting request for the item in transit.
/// </summary>
public static class ScanStationEndpoints
{
    public static IEndpointRouteBuilder MapScanStations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/scan-stations").WithTags("Scan stations")
            .MapPost("/{stationId}/scans", Scan).Validate<ScanRequest>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<DigitizationRequestView>, Ok<MoveRequestView>, ProblemHttpResult>> Scan(
        string stationId, ScanRequest? body, WorkflowRuntime runtime, WorkflowTraces traces, LibraryDbContext db, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var barcode = body.Barcode;
        var atDepartment = !string.IsNullOrEmpty(body.Department);
        var payload = new ScanPayload(stationId, barcode, body.Department, body.Library, body.Location).ToJson();
        var actor = ActingAccount.Of(http, $"scan-station:{stationId}");

        // A move bound here has reached its end; a digitization request waiting at the same place takes the next scan.
        var place = atDepartment ? Place.AtDesk(body.Department!) : Place.Shelf(body.Library!, body.Location!);
        var moved = await runtime.ResumeAsync(MoveBookmarks.Arrival, MoveBookmarks.ArrivalKey(barcode, place), payload, actor, ct);
        if (moved.Status == ResumeStatus.Resumed)
        {
            // A move's correlation may be the lending request it serves; its own id is a variable of its workflow.
            var trace = await traces.GetAsync(moved.InstanceId!.Value, ct);
            var moveId = Guid.Parse(trace!.Variables[MoveRequests.MoveIdVariable]!.GetValue<string>());
            return TypedResults.Ok((await MoveRequestView.LoadAsync(db, moveId, ct))!);
        }
        if (moved.Status != ResumeStatus.NotFound) return ScannedTwice(moved, barcode);

        var result = atDepartment
            ? await runtime.ResumeAsync(DigitizationBookmarks.ScanIn, DigitizationBookmarks.ScanInKey(barcode, body.Department!), payload, actor, ct)
            : await runtime.ResumeAsync(DigitizationBookmarks.ItemInTransit, barcode, payload, actor, ct);

        if (result.Status == ResumeStatus.Resumed)
            return TypedResults.Ok((await DigitizationRequestView.LoadAsync(db, Guid.Parse(result.CorrelationId!), ct))!);
        if (result.Status != ResumeStatus.NotFound) return ScannedTwice(result, barcode);

        var requests = await db.DigitizationRequests.AsNoTracking().Where(r => r.Item.Barcode == barcode)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.Status, r.Department }).ToListAsync(ct);
        var moves = await db.MoveRequests.AsNoTracking()
            .Where(m => m.Barcode == barcode && m.Status != MoveStatus.Completed && m.Status != MoveStatus.Cancelled)
            .OrderBy(m => m.CreatedAt).ToListAsync(ct);
        if (requests.Count == 0 && moves.Count == 0)
            return ApiProblems.NotFound($"No request exists for an item with barcode {barcode}.");
        var known = string.Join("; ", requests.Select(r => $"{r.Id} is {r.Status.DisplayName()}, bound for {r.Department}")
            .Concat(moves.Select(m => $"move request {m.Id} is {m.Status.DisplayName()}, bound for {m.To}")));
        return ApiProblems.Conflict(atDepartment
            ? $"No request for item {barcode} is waiting to be scanned in at department {body.Department}. Requests for it: {known}."
            : $"No request for item {barcode} is waiting at {place} or on its way to a department. Requests for it: {known}.");
    }

    /// <summary>Another station scanned the item at the same moment, and that scan was taken.</summary>
    private static ProblemHttpResult ScannedTwice(ResumeResult result, string barcode) =>
        ResumeProblems.OfAction(result, "The scan", $"item {barcode}");
}
