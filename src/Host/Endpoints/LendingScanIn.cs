using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Lending;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// Scan In Items for lending items (Alma: Managing Resource Sharing Lending Requests): the barcode of an item lent to a
/// partner checks it in; the barcode of the item a request waits to ship ships it physically, by the due date the scan
/// names. Which of the two a request takes is what it allows now (the actions open in its status,
/// <see cref="LendingRequestActions"/>), and the action then runs as its own endpoint would run it, with the same
/// checks of role and status.
/// </summary>
public sealed class LendingScanIn(LibraryDbContext db, LendingRequestAction action)
{
    public async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> ScanAsync(LendingScanBody body, CancellationToken ct)
    {
        var barcode = body.Barcode;
        var found = await db.LendingRequests.AsNoTracking()
            .Where(r => (r.Item.Barcode == barcode || r.ShippedBarcodes.Contains(barcode)) && r.Active)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).AsSplitQuery().ToListAsync(ct);
        var positions = await new WorkflowTraces(db).PositionsAsync(found.Select(r => r.Id.ToString()).ToList(), LendingWorkflow.Id, ct);
        var candidates = found.Select(r => (Request: r, Action: ActionOf(r, positions.GetValueOrDefault(r.Id.ToString()), barcode)))
            .Where(c => c.Action is not null)
            .Select(c => new LendingScanCandidate(c.Request.Id, c.Request.Status, c.Request.Partner.Code, c.Request.ExternalId, c.Request.Item.Title, c.Action!.Value))
            .ToList();
        if (candidates.Count == 0) return await NothingWaitsAsync(barcode, ct);

        LendingScanCandidate chosen;
        if (body.RequestId is { } wanted)
        {
            if (candidates.SingleOrDefault(c => c.Id == wanted) is not { } named)
                return ApiProblems.Invalid("requestId", $"Lending request {wanted} does not wait for item {barcode} to be scanned in; {Listed(candidates)}.");
            chosen = named;
        }
        else if (candidates.Count > 1)
            return Ambiguous(barcode, candidates);
        else chosen = candidates[0];

        if (chosen.Action == LendingAction.CheckIn)
            return await action.RunAsync(chosen.Id, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.CheckIn), body.InternalNote, body.PartnerNote), ct);
        if (body.DueDate is null)
            return ApiProblems.Invalid("dueDate",
                $"Item {barcode} ships to partner {chosen.PartnerCode} for lending request {chosen.Id} ({chosen.ExternalId}): give the date it is due back.");
        return await action.RunAsync(chosen.Id,
            new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.ShipPhysically), body.InternalNote, body.PartnerNote, DueDate: body.DueDate, Barcodes: [barcode]), ct);
    }

    /// <summary>
    /// Check-in for an item on loan or back from the partner (the item requested or one shipped for it); shipment for
    /// the item requested while the request waits to ship; nothing otherwise.
    /// </summary>
    private static LendingAction? ActionOf(LendingRequest request, MachinePosition? position, string barcode)
    {
        var allowed = LendingRequestActions.Of(request, position, null).Select(a => a.Name).ToList();
        if (allowed.Contains(EnumNames<LendingAction>.Of(LendingAction.CheckIn))) return LendingAction.CheckIn;
        return request.Item.Barcode == barcode && allowed.Contains(EnumNames<LendingAction>.Of(LendingAction.ShipPhysically)) ? LendingAction.ShipPhysically : null;
    }

    private async Task<ProblemHttpResult> NothingWaitsAsync(string barcode, CancellationToken ct)
    {
        var others = await db.LendingRequests.AsNoTracking().Where(r => r.Item.Barcode == barcode || r.ShippedBarcodes.Contains(barcode))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new { r.Id, r.Status }).ToListAsync(ct);
        if (others.Count == 0) return ApiProblems.NotFound($"No lending request exists for an item with barcode {barcode}.");
        return ApiProblems.Conflict($"No lending request for item {barcode} waits for it to be checked in or shipped. Lending requests for it: "
            + string.Join("; ", others.Select(o => $"{o.Id} is {o.Status.DisplayName()}")) + ".");
    }

    /// <summary>A 400 naming <c>requestId</c>, with the requests to choose from under <c>lendingRequests</c>.</summary>
    private static ProblemHttpResult Ambiguous(string barcode, IReadOnlyList<LendingScanCandidate> candidates)
    {
        var detail = $"Item {barcode} belongs to {candidates.Count} lending requests waiting for a scan: give the 'requestId' of one; {Listed(candidates)}.";
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "One or more validation errors occurred.", detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["requestId"] = [detail] },
                ["lendingRequests"] = candidates,
            });
    }

    private static string Listed(IEnumerable<LendingScanCandidate> candidates) =>
        string.Join("; ", candidates.Select(c =>
            $"{c.Id} ({c.PartnerCode} {c.ExternalId}) is {c.Status.DisplayName()} and would be {(c.Action == LendingAction.CheckIn ? "checked in" : "shipped")}"));
}
