using System.Text.Json.Nodes;
using Library.Persistence;
using Workflows.Runtime;

namespace Library.Moves;

/// <summary>
/// Where move requests begin, for the API and for other workflows (a lending request's "Create Move Request").
/// Either <see cref="StartAsync"/> records the request and runs its workflow in one commit, or, inside another
/// workflow's step, <see cref="Record"/> adds the request to that step's transaction and the step starts the
/// <see cref="WorkflowId"/> definition as a child with <see cref="WorkflowInput"/>.
/// </summary>
public sealed class MoveRequests(LibraryDbContext db, WorkflowRuntime runtime, TimeProvider clock)
{
    public const string WorkflowId = "move";
    public const string MoveIdVariable = "moveId";
    public const string ReasonVariable = "reason";

    public async Task<MoveRequest> StartAsync(NewMove move, string actor, CancellationToken ct)
    {
        var request = Record(move, actor, clock.GetUtcNow().UtcDateTime);
        await runtime.StartAsync(WorkflowId, WorkflowInput(request.Id), request.Id.ToString(), actor, ct);
        return request;
    }

    /// <summary>Adds the request and its first history line to the context, uncommitted.</summary>
    public MoveRequest Record(NewMove move, string actor, DateTime at)
    {
        var generalHold = !string.IsNullOrWhiteSpace(move.ManualDescription);
        var request = new MoveRequest
        {
            Id = Guid.CreateVersion7(),
            Type = generalHold ? MoveRequestType.GeneralHold : MoveRequestType.Move,
            Barcode = move.Barcode,
            From = move.From,
            To = move.To,
            ManualDescription = generalHold ? move.ManualDescription : null,
            Note = move.Note,
            LendingRequestId = move.ForLending?.Id,
            DigitizationRequestId = move.ForDigitization,
            ViaDesk = move.ViaDesk,
            // Per Alma: Managing Resource Sharing Lending Requests ("Create Move Request"), a manual description turns
            // the move into a general hold request: staff first have to find the issue it names, so nothing is in
            // transit yet.
            Status = generalHold ? MoveStatus.NotStarted : MoveStatus.InTransit,
            CreatedAt = at,
            UpdatedAt = at,
        };
        db.MoveRequests.Add(request);
        var what = generalHold
            ? $"General hold request for '{request.ManualDescription}' of item {request.Barcode}, from {request.From} to {request.To}"
            : request.ViaDesk is { } via
                ? $"Move of item {request.Barcode} from {request.From} to {request.To} through desk {via}"
                : $"Move of item {request.Barcode} from {request.From} to {request.To}";
        db.MoveStatusChanges.Add(request.Opened(actor, move.ForLending is { } lending ? $"{what}, created for {lending}" : what));
        return request;
    }

    /// <summary>The variables a move workflow starts with: only the request's id; its steps read the rest from the request.</summary>
    public static JsonObject WorkflowInput(Guid moveId) => new() { [MoveIdVariable] = moveId.ToString() };
}
