using static Library.Lending.LendingStatus;

namespace Library.Lending;

/// <summary>
/// The lending status machine's rules: from which statuses each action is allowed, and what the partner's workflow
/// profile or the assignment must allow besides. The endpoints ask it before resuming the workflow (409 naming the
/// status), and the workflow's step asks it again inside the transaction.
/// </summary>
public static class LendingTransitions
{
    private static readonly Dictionary<LendingAction, LendingStatus[]?> AllowedFrom = new()
    {
        [LendingAction.WillSupply] = [LendingRequestCreated, LocateFailed, RequestReactivated],
        [LendingAction.ShipPhysically] = [LendingRequestCreated, WillSupply, RequestReactivated],
        [LendingAction.ShipNonReturnable] = [LendingRequestCreated, WillSupply, RequestReactivated],
        [LendingAction.ShipDigitally] = [LendingRequestCreated, WillSupply, RequestReactivated],
        [LendingAction.ReceivedByPartner] = [ShippedPhysically, ShippedDigitally],
        [LendingAction.Renew] = [ReceivedByPartner, RenewRequested, RenewAccepted, Overdue],
        [LendingAction.ReturnedByPartner] = LendingStatuses.OnLoan,
        [LendingAction.CheckIn] = [.. LendingStatuses.OnLoan, ReturnedByPartner, Damaged],
        [LendingAction.Reject] = LendingStatuses.BeforeShipment,
        [LendingAction.Conditional] = LendingStatuses.BeforeShipment,
        [LendingAction.ConditionalReply] = [LendingStatus.Conditional],
        [LendingAction.Lost] = LendingStatuses.OnLoan,
        [LendingAction.Reactivate] = LendingStatuses.Closed,
        // The item is brought to the resource-sharing desk before it is shipped.
        [LendingAction.MoveRequest] = [LendingRequestCreated, WillSupply, RequestReactivated],
        [LendingAction.DigitizationRequest] = [LendingRequestCreated, WillSupply, RequestReactivated],
        // The partner's messages (an ISO message or staff recording an e-mail): a renewal asked for, a cancellation asked for.
        [LendingAction.RenewRequested] = [ReceivedByPartner, RenewAccepted, Overdue],
        [LendingAction.CancelRequested] = LendingStatuses.NotShipped,
        [LendingAction.CancelReply] = [LendingStatus.CancelReply],
        // A recalled loan is recalled already; an overdue one can still be recalled (with an earlier date, say).
        [LendingAction.Recall] = [ShippedPhysically, ReceivedByPartner, RenewRequested, RenewAccepted, Overdue],
        // Alma: Managing Resource Sharing Lending Requests, "report damaged item to partner": while out or once back;
        // check-in then closes it.
        [LendingAction.Damaged] = [.. LendingStatuses.OnLoan, ReturnedByPartner],
        // Bookkeeping: allowed in every status.
        [LendingAction.Assign] = null,
        [LendingAction.Release] = null,
        [LendingAction.Notes] = null,
        [LendingAction.PartnerEmail] = null,
    };

    /// <summary>The statuses an action is allowed from; null for every status.</summary>
    public static IReadOnlyList<LendingStatus>? From(LendingAction action) => AllowedFrom[action];

    /// <summary>Null when <paramref name="actor"/> may do the action now; otherwise why not, without the status.</summary>
    public static string? Refusal(LendingRequest request, LendingCommand command, string actor)
    {
        var name = EnumNames<LendingAction>.Of(command.Action);
        if (AllowedFrom[command.Action] is { } from && !from.Contains(request.Status))
            return $"{name} is only allowed in status {string.Join(", ", from.Select(s => s.DisplayName()))}";
        var profile = request.Partner.Profile;
        return command.Action switch
        {
            LendingAction.WillSupply when !profile.WillSupplyStep => $"{name}: the workflow profile of partner {request.Partner.Code} has no Will Supply step",
            LendingAction.Renew when !profile.ManualRenewStep => $"{name}: the workflow profile of partner {request.Partner.Code} has no manual renew step",
            LendingAction.Reactivate when !profile.ReactivateStep => $"{name}: the workflow profile of partner {request.Partner.Code} has no reactivate step",
            // Alma: Managing Resource Sharing Lending Requests, "Managing task assignments": a task can be reassigned
            // only when it is yours or unassigned.
            LendingAction.Assign when request.Assignee is { } current && current != actor => $"{name}: the request is assigned to {current}; only they can reassign it",
            LendingAction.Release when request.Assignee is null => $"{name}: the request is not assigned",
            // Alma: Managing Resource Sharing Lending Requests, "Requester Email Empty": the request is taken, but the
            // file can only be supplied to a requester with an e-mail address.
            LendingAction.ShipDigitally when request.RequesterEmail is null
                => $"{name}: Requester Email Empty (the request has no requester e-mail address to supply the file to)",
            LendingAction.PartnerEmail when request.Partner.Email is null => $"{name}: partner {request.Partner.Code} has no e-mail address",
            LendingAction.MoveRequest when !request.Item.Located => $"{name}: item {request.Item.Barcode} is not in the catalogue",
            LendingAction.MoveRequest when request.Alerts.Any(a => a.Kind == LinkedRequestKind.Move && a.State == LinkedRequestState.InProcess)
                => $"{name}: a move request for the item is already in process",
            // The partner receives the file as the digitization's requester.
            LendingAction.DigitizationRequest when request.Partner.Email is null => $"{name}: Requester Email Empty (partner {request.Partner.Code} has no e-mail address)",
            LendingAction.DigitizationRequest when request.Alerts.Any(a => a.Kind == LinkedRequestKind.Digitization && a.State == LinkedRequestState.InProcess)
                => $"{name}: a digitization request for the item is already in process",
            _ => null,
        };
    }
}
