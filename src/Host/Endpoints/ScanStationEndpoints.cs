using Library.Host.Problems;
using Library.Host.Contracts;
using Library.Host.Validation;
using Library.Persistence;
using Library.Requests;
using Library.Scanning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// The HTTP trigger scan stations call. A scan at a department resumes the oldest request for that item bound for
/// that department; a scan at a desk or shelf location marks the oldest waiting request for the item in transit.
/// </summary>
public static class ScanStationEndpoints
{
    public static IEndpointRouteBuilder MapScanStations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/scan-stations").WithTags("Scan stations")
            .MapPost("/{stationId}/scans", Scan).Validate<ScanRequest>();
        return app;
    }

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> Scan(
        string stationId, ScanRequest? body, WorkflowRuntime runtime, LibraryDbContext db, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var barcode = body.Barcode!;
        var atDepartment = !string.IsNullOrEmpty(body.Department);
        var payload = new ScanPayload(stationId, barcode, body.Department, body.Library, body.Location).ToJson();
        var actor = ActingAccount.Of(http, $"scan-station:{stationId}");

        var result = atDepartment
            ? await runtime.ResumeAsync(RequestBookmarks.ScanIn, RequestBookmarks.ScanInKey(barcode, body.Department!), payload, actor, ct)
            : await runtime.ResumeAsync(RequestBookmarks.ItemInTransit, barcode, payload, actor, ct);

        if (result.Status == ResumeStatus.Resumed)
        {
            // The resume loaded the instance and keeps it tracked: its request id needs no query.
            var instance = await db.Instances.FindAsync([result.InstanceId], ct);
            return TypedResults.Ok((await RequestView.LoadAsync(db, Guid.Parse(instance!.CorrelationId!), ct))!);
        }
        if (result.Status == ResumeStatus.Conflict)
            return ApiProblems.Conflict($"Item {barcode} was scanned by another station at the same moment; that scan was taken.");

        var requests = await db.DigitizationRequests.AsNoTracking().Where(r => r.Item.Barcode == barcode)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.Status, r.Department }).ToListAsync(ct);
        if (requests.Count == 0)
            return ApiProblems.NotFound($"No request exists for an item with barcode {barcode}.");
        var known = string.Join("; ", requests.Select(r => $"{r.Id} is {r.Status.DisplayName()}, bound for {r.Department}"));
        return ApiProblems.Conflict(atDepartment
            ? $"No request for item {barcode} is waiting to be scanned in at department {body.Department}. Requests for it: {known}."
            : $"No request for item {barcode} is on its way to a department. Requests for it: {known}.");
    }
}
