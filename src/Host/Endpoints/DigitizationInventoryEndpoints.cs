using Library.Digitization;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// "Change to Electronic Digitization" and "Change to Physical Digitization" under <c>/api/requests/{id}</c> (Alma:
/// Digitization Processing): allowed where <see cref="InventoryChange"/> says and only when the other inventory exists;
/// the change resumes the wait it interrupts, so the workflow goes on where a request of that inventory does, and the
/// history records it under the signed-in account.
/// </summary>
public static class DigitizationInventoryEndpoints
{
    public static IEndpointRouteBuilder MapDigitizationInventory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Digitization requests");
        group.MapPost("/{id:guid}/change-to-electronic", ToElectronic).Needs(StaffPolicies.DigitizationProcessing)
            .Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/change-to-physical", ToPhysical).Needs(StaffPolicies.DigitizationProcessing)
            .Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> ToElectronic(
        Guid id, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime, WorkflowDefinitionStore definitions, HttpContext http,
        CancellationToken ct) =>
        ChangeAsync(id, new InventoryChange(DigitizationInventory.Electronic), action, db, runtime, definitions, http, ct);

    private static Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> ToPhysical(
        Guid id, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime, WorkflowDefinitionStore definitions, HttpContext http,
        CancellationToken ct) =>
        ChangeAsync(id, new InventoryChange(DigitizationInventory.Physical), action, db, runtime, definitions, http, ct);

    private static async Task<Results<Ok<DigitizationRequestView>, ProblemHttpResult>> ChangeAsync(
        Guid id, InventoryChange change, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime,
        WorkflowDefinitionStore definitions, HttpContext http, CancellationToken ct)
    {
        var trace = await new WorkflowTraces(db).FindAsync(id.ToString(), DigitizationRequests.WorkflowId, ct);
        DigitizationRequest? found = null;
        var refusal = await action.CheckAsync(id, (request, _) =>
        {
            found = request;
            return InventoryChange.Refusal(request.Inventory, request.Status, change.To)
                   ?? (trace?.WaitingFor.Contains(change.Bookmark) == true ? null
                       : $"{change.Action} is only valid while the request waits for {(change.Bookmark == DigitizationBookmarks.ScanIn ? "its item" : "Next Step")}");
        }, ct);
        if (refusal is not null) return refusal;
        var request = found!;
        if (await MissingInventoryAsync(db, request, change.To, ct) is { } missing)
            return ApiProblems.Conflict($"{missing}; request {id} stays {InventoryChange.Named(request.Inventory)}.");

        // A request started on a version before electronic digitization (digitization.json v3) keeps its inventory: its
        // waits have nowhere to go on such a change.
        var wait = trace!.Waiting.First(w => w.Name == change.Bookmark);
        var definition = await definitions.GetAsync(trace.DefinitionId, trace.DefinitionVersion, ct);
        if (definition?.Next(wait.ActivityId, change.Outcome).Any() != true)
            return ApiProblems.Conflict($"{change.Action} is not possible on version {trace.DefinitionVersion} of workflow {trace.DefinitionId}, " +
                                        $"which request {id} runs on; requests started on a later version can change.");

        // This instance's wait: other requests for the same item may wait for the same scan.
        var key = change.Bookmark == DigitizationBookmarks.ScanIn
            ? DigitizationBookmarks.ScanInKey(request.Item.Barcode, request.Department)
            : DigitizationBookmarks.RequestKey(id);
        var result = await runtime.ResumeAsync(trace.InstanceId, change.Bookmark, key, change.ToPayload(), ActingAccount.Of(http), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, change.Action, $"request {id}");
        return TypedResults.Ok((await DigitizationRequestView.LoadAsync(db, id, ct))!);
    }

    /// <summary>Null when the inventory the request changes to exists; otherwise what is missing.</summary>
    private static async Task<string?> MissingInventoryAsync(LibraryDbContext db, DigitizationRequest request, DigitizationInventory to, CancellationToken ct)
    {
        var item = request.Item;
        if (to == DigitizationInventory.Electronic)
        {
            return await db.ElectronicInventoryOfAsync(item, ct) is null
                ? $"No electronic inventory: the repository has no active representation of item {item.Barcode}" + (item.MmsId is { } mmsId ? $" or of record {mmsId}" : "")
                : null;
        }
        if (await db.HasPhysicalInventoryAsync(item.Barcode, ct)) return null;
        return await db.CatalogueItems.AsNoTracking().AnyAsync(i => i.Barcode == item.Barcode, ct)
            ? $"No physical inventory: item {item.Barcode} is flagged missing in the catalogue"
            : $"No physical inventory: the catalogue has no item {item.Barcode}";
    }
}
