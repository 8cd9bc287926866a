using Library.Host.Authorization;
using Library.Host.Idempotency;
using Library.Host.Problems;
using Library.Host.Contracts;
using Library.Host.Validation;
using Library.Moves;
using Library.Persistence;
using Library.Accounts;
using Library.Digitization;
using Library.Scanning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// Scan stations: registering them with their keys (General System Administrator), and the HTTP trigger they call.
/// A scan completes the oldest move request for that item bound for that
/// place (a department or desk, or a library and location). Otherwise a scan at a department resumes the oldest
/// request for that item bound for that department, and a scan at a desk or shelf location marks the oldest
/// waiting request for the item in transit.
/// </summary>
public static class ScanStationEndpoints
{
    public static IEndpointRouteBuilder MapScanStations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scan-stations").WithTags("Scan stations");
        group.MapPost("/{stationId}/scans", Scan).Needs(StaffPolicies.Scanning).Validate<ScanRequest>()
            .Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        var registry = group.MapGroup("/").Needs(StaffPolicies.Administration);
        registry.MapGet("/", List);
        // Their answers are the station's key, shown once: never kept for a repeat.
        registry.MapPost("/", Register).Validate<ScanStationBody>().AnswersWithSecret();
        registry.MapPost("/{stationId}/key", RotateKey).AnswersWithSecret().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        registry.MapDelete("/{stationId}", Revoke).Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<List<ScanStationView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.ScanStations.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct)).Select(ScanStationView.Of).ToList());

    /// <summary>The key is in this answer only: the service keeps its hash.</summary>
    private static async Task<Results<Created<ScanStationKey>, ProblemHttpResult>> Register(
        ScanStationBody? body, LibraryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.ScanStations.AnyAsync(s => s.Id == body!.Id, ct))
            return ApiProblems.Invalid("id", $"A scan station '{body!.Id}' is registered already (revoked stations keep their id).");
        var (key, hash) = ScanStation.NewKey();
        var now = clock.GetUtcNow().UtcDateTime;
        var department = string.IsNullOrEmpty(body!.Department) ? null : body.Department;
        db.ScanStations.Add(new ScanStation
        {
            Id = body.Id, Department = department, Library = department is null ? body.Library : null,
            Location = department is null ? body.Location : null, KeyHash = hash, CreatedAt = now, KeyIssuedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/scan-stations/{body.Id}", new ScanStationKey(body.Id, key));
    }

    /// <summary>A new key for the station; the old one stops working at once.</summary>
    private static async Task<Results<Ok<ScanStationKey>, ProblemHttpResult>> RotateKey(
        string stationId, LibraryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.ScanStations.SingleOrDefaultAsync(s => s.Id == stationId, ct) is not { } station) return UnknownStation(stationId);
        if (station.Revoked) return ApiProblems.Conflict($"Scan station '{stationId}' was revoked on {station.RevokedAt:u}; register a new one.");
        var (key, hash) = ScanStation.NewKey();
        station.KeyHash = hash;
        station.KeyIssuedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ScanStationKey(stationId, key));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string stationId, LibraryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.ScanStations.SingleOrDefaultAsync(s => s.Id == stationId, ct) is not { } station) return UnknownStation(stationId);
        station.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownStation(string stationId) => ApiProblems.NotFound($"No scan station '{stationId}'.");

    private static async Task<Results<Ok<DigitizationRequestView>, Ok<MoveRequestView>, ProblemHttpResult>> Scan(
        string stationId, ScanRequest? body, WorkflowRuntime runtime, WorkflowTraces traces, LibraryDbContext db, StaffAccess access,
        HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var barcode = body.Barcode;
        var atDepartment = !string.IsNullOrEmpty(body.Department);
        var place = atDepartment ? Place.AtDesk(body.Department!) : Place.Shelf(body.Library!, body.Location!);
        if (await RefusalAsync(stationId, place, atDepartment, access, http, ct) is { } refused) return refused;
        var payload = new ScanPayload(stationId, barcode, body.Department, body.Library, body.Location).ToJson();
        var actor = ActingAccount.Of(http);

        // A move bound here has reached its end; a digitization request waiting at the same place takes the next scan.
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

    /// <summary>
    /// A station's key scans at its own place under its own id. A staff account scans at a department as a Work Order
    /// Operator or a Circulation Desk Operator there (a desk code travels in the same field), and at a shelving
    /// location as a Circulation Desk Operator of that library or location.
    /// </summary>
    private static async Task<ProblemHttpResult?> RefusalAsync(
        string stationId, Place place, bool atDepartment, StaffAccess access, HttpContext http, CancellationToken ct)
    {
        if (http.User.FindFirst(StationKeyHandler.StationClaim)?.Value is { } station)
        {
            var scansAt = http.User.FindFirst(StationKeyHandler.PlaceClaim)!.Value;
            if (station != stationId) return Forbidden($"This key is scan station '{station}'s, not '{stationId}'s.");
            return string.Equals(scansAt, place.Key, StringComparison.OrdinalIgnoreCase)
                ? null
                : Forbidden($"Scan station '{station}' scans at {scansAt}, not at {place.Key}.");
        }
        return atDepartment
            ? await access.RefusalAsync(StaffPolicies.ScanningRoles, place.Key, $"department or desk {place.Key}", ct)
            : await access.RefusalAsync([StaffRole.CirculationDeskOperator], place.Key, place.ToString(), ct);
    }

    private static ProblemHttpResult Forbidden(string detail) => ApiProblems.Forbidden(detail, "Not allowed for this station.");

    /// <summary>Another station scanned the item at the same moment, and that scan was taken.</summary>
    private static ProblemHttpResult ScannedTwice(ResumeResult result, string barcode) =>
        ResumeProblems.OfAction(result, "The scan", $"item {barcode}");
}
