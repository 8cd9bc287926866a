using Library.Moves;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// A move request as the API shows it, with its history of status changes and where its workflow waits;
/// <see cref="LendingRequestId"/> names the lending request that started it, if one did, and
/// <see cref="DigitizationRequestId"/> the digitization request whose item it takes back to its shelf.
/// </summary>
public sealed record MoveRequestView(
    Guid Id,
    MoveRequestType Type,
    MoveStatus Status,
    string Barcode,
    DestinationBody From,
    DestinationBody To,
    string? ManualDescription,
    string? Note,
    Guid? LendingRequestId,
    Guid? DigitizationRequestId,
    CancellationView? Cancellation,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    WorkflowView? Workflow,
    IReadOnlyList<MoveHistoryView> History)
{
    public static async Task<MoveRequestView?> LoadAsync(LibraryDbContext db, Guid id, CancellationToken ct)
    {
        var move = await db.MoveRequests.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (move is null) return null;
        var history = await db.MoveStatusChanges.AsNoTracking().Where(c => c.MoveRequestId == id).OrderBy(c => c.Id)
            .Select(c => new MoveHistoryView(c.At, c.Actor, c.From, c.To, c.Note)).ToListAsync(ct);
        return new MoveRequestView(
            move.Id, move.Type, move.Status, move.Barcode,
            // A move staff or lending create starts on a shelf; an item's way back from digitization at the department.
            new DestinationBody(move.From.Library, move.From.Location, move.From.Desk),
            new DestinationBody(move.To.Library, move.To.Location, move.To.Desk),
            move.ManualDescription, move.Note, move.LendingRequestId, move.DigitizationRequestId,
            move.CancellationReason is null ? null : new CancellationView(move.CancellationReason, move.CancellationNote),
            move.CreatedAt, move.UpdatedAt, await WorkflowOfAsync(db, move, ct) is { } trace ? WorkflowView.Of(trace) : null, history);
    }

    /// <summary>
    /// A move staff created is its workflow's correlation; one a lending request started runs as that request's child,
    /// correlated with the lending request, and the request's alert names the child instance.
    /// </summary>
    private static async Task<WorkflowTrace?> WorkflowOfAsync(LibraryDbContext db, MoveRequest move, CancellationToken ct)
    {
        var traces = new WorkflowTraces(db);
        if (move.LendingRequestId is not { } lending) return await traces.FindAsync(move.Id.ToString(), MoveRequests.WorkflowId, ct);
        var child = await db.LendingRequests.AsNoTracking().Where(r => r.Id == lending).SelectMany(r => r.Alerts)
            .Where(a => a.LinkedRequestId == move.Id).Select(a => (Guid?)a.ChildInstanceId).FirstOrDefaultAsync(ct);
        return child is { } instance ? await traces.GetAsync(instance, ct) : null;
    }
}
