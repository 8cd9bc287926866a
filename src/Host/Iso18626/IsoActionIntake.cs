using Library.Host.Endpoints;
using Library.Iso18626;
using Library.Lending;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Iso18626;

/// <summary>
/// A <c>requestingAgencyMessage</c> drives the lending request it names, found by the partner and its request id: the
/// partner's action is taken as the action staff record for an e-mail partner, checked as theirs is
/// (<see cref="LendingRequestAction.RefusalAsync"/>), so an action the status does not allow is an ERROR naming the
/// status. The message is recorded on the request, refused or not.
/// </summary>
public sealed class IsoActionIntake(LibraryDbContext db, LendingRequestAction actions, TimeProvider clock, ILogger<IsoActionIntake> log)
{
    /// <summary>The lending definition's action each ISO 18626 action is taken as.</summary>
    private static readonly Dictionary<RequestingAgencyAction, LendingAction> Taken = new()
    {
        [RequestingAgencyAction.Cancel] = LendingAction.CancelRequested,
        [RequestingAgencyAction.Renew] = LendingAction.RenewRequested,
        [RequestingAgencyAction.Received] = LendingAction.ReceivedByPartner,
        [RequestingAgencyAction.ShippedReturn] = LendingAction.ReturnedByPartner,
    };

    public async Task<Iso18626Message> TakeAsync(RequestingAgencyMessage message, ResourceSharingPartner partner, IsoReceipt receipt, CancellationToken ct)
    {
        var requestId = message.Header.RequestingAgencyRequestId;
        var request = await IsoRequestLookup.FindAsync(db, partner.Code, requestId, ct);
        if (request is null)
        {
            log.LogWarning("ISO 18626 {Action} from {Partner} names no request: {RequestId}", message.Action, partner.Code, requestId);
            return receipt.Confirmation(Now, new ErrorData(ErrorType.UnrecognisedDataValue,
                $"requestingAgencyRequestId: {requestId} is no request of {message.Header.RequestingAgencyId}"), message.Action);
        }

        var error = message.Action switch
        {
            // Recorded below as a communication from the partner; nothing changes.
            RequestingAgencyAction.Notification => null,
            // Answered OK here; the current status goes back as a supplyingAgencyMessage (StatusRequestResponse),
            // which the sending side writes for the received StatusRequest recorded below.
            RequestingAgencyAction.StatusRequest => null,
            RequestingAgencyAction.ShippedForward => new ErrorData(ErrorType.UnsupportedActionType,
                "ShippedForward: this agency takes items back only from the requesting agency"),
            _ => await TakeActionAsync(request, new LendingCommand(EnumNames<LendingAction>.Of(Taken[message.Action]), InternalNote: message.Note),
                $"partner:{partner.Code}", ct),
        };

        var confirmation = receipt.Confirmation(Now, error, message.Action);
        db.ChangeTracker.Clear();
        var recorded = await db.LendingRequests.SingleAsync(r => r.Id == request.Id, ct);
        recorded.IsoMessages.Add(receipt.Recorded(message.Action.ToString(), message.Note, confirmation, Now));
        if (message.Action == RequestingAgencyAction.Notification && message.Note is { } note)
            recorded.Notes.Add(new LendingNote { Kind = NoteKind.Internal, Text = $"Notification from the partner: {note}", Author = $"partner:{partner.Code}", At = Now });
        await db.SaveChangesAsync(ct);
        return confirmation;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<ErrorData?> TakeActionAsync(LendingRequest request, LendingCommand command, string actor, CancellationToken ct)
    {
        if (await actions.RefusalAsync(request, command, actor, ct) is { } refusal)
            return new ErrorData(ErrorType.UnsupportedActionType, refusal);
        var result = await actions.ResumeAsync(request.Id, command, actor, ct);
        return result.Status switch
        {
            ResumeStatus.Resumed => null,
            ResumeStatus.Declined => new ErrorData(ErrorType.UnsupportedActionType, result.Reason),
            _ => new ErrorData(ErrorType.UnsupportedActionType,
                $"{command.Action}: the request changed meanwhile; lending request {request.Id} is in status {await StatusOfAsync(request.Id, ct)}."),
        };
    }

    private async Task<string> StatusOfAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return (await db.LendingRequests.AsNoTracking().SingleAsync(r => r.Id == id, ct)).Status.DisplayName();
    }
}
