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

        if (message.Action == RequestingAgencyAction.StatusRequest) return await AnswerStatusRequestAsync(request.Id, message, partner, receipt, ct);
        var error = message.Action switch
        {
            // Recorded below as a communication from the partner; nothing changes.
            RequestingAgencyAction.Notification => null,
            RequestingAgencyAction.ShippedForward => new ErrorData(ErrorType.UnsupportedActionType,
                "ShippedForward: this agency takes items back only from the requesting agency"),
            _ => await TakeActionAsync(request, new LendingCommand(EnumNames<LendingAction>.Of(Taken[message.Action]), InternalNote: message.Note),
                $"partner:{partner.Code}", ct),
        };

        var confirmation = receipt.Confirmation(Now, error, message.Action);
        var recorded = await RecordAsync(request.Id, receipt.Recorded(message.Action.ToString(), message.Note, confirmation, Now), ct);
        if (message.Action == RequestingAgencyAction.Notification && message.Note is { } note)
            recorded.Notes.Add(new LendingNote { Kind = NoteKind.Internal, Text = $"Notification from the partner: {note}", Author = $"partner:{partner.Code}", At = Now });
        await db.SaveChangesAsync(ct);
        return confirmation;
    }

    /// <summary>
    /// Answers a StatusRequest with the request's current status: the lending definition's status-request action, open in
    /// every status and changing none, runs NotifyPartner, which queues the StatusRequestResponse behind whatever is
    /// queued for the request. The received StatusRequest is tracked before the action runs, so it commits with the
    /// answer; a resume retried after a concurrent step starts afresh without it, and it is then recorded on its own.
    /// </summary>
    private async Task<Iso18626Message> AnswerStatusRequestAsync(Guid id, RequestingAgencyMessage message, ResourceSharingPartner partner, IsoReceipt receipt, CancellationToken ct)
    {
        var confirmation = receipt.Confirmation(Now, null, message.Action);
        var received = receipt.Recorded(message.Action.ToString(), message.Note, confirmation, Now);
        await RecordAsync(id, received, ct);
        var result = await actions.ResumeAsync(id, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.StatusRequest)), $"partner:{partner.Code}", ct);
        if (result.Status == ResumeStatus.Resumed)
        {
            if (db.Entry(received).State == EntityState.Detached)
            {
                await RecordAsync(id, received, ct);
                await db.SaveChangesAsync(ct);
            }
            return confirmation;
        }

        log.LogWarning("ISO 18626 StatusRequest from {Partner} for lending request {Request} not answered: {Result}", partner.Code, id, result.Status);
        var refusal = receipt.Confirmation(Now, new ErrorData(ErrorType.UnsupportedActionType,
            $"StatusRequest: lending request {id} cannot answer now ({result.Reason ?? "its workflow does not wait for actions"}); it is in status {await StatusOfAsync(id, ct)}."), message.Action);
        await RecordAsync(id, receipt.Recorded(message.Action.ToString(), message.Note, refusal, Now), ct);
        await db.SaveChangesAsync(ct);
        return refusal;
    }

    /// <summary>Adds the received message to the request, read afresh, and returns the request tracked; the caller saves.</summary>
    private async Task<LendingRequest> RecordAsync(Guid id, IsoMessage received, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await db.LendingRequests.SingleAsync(r => r.Id == id, ct);
        request.IsoMessages.Add(received);
        return request;
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
