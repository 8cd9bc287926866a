namespace Library.Lending;

/// <summary>
/// What an action needs besides being open in the request's status (the lending definition decides that): the
/// assignment, the addresses a shipment or letter goes to, the item, and children already running. The endpoints ask
/// before resuming the workflow, and <see cref="ApplyLendingAction"/> asks again inside the transaction.
/// </summary>
public static class LendingChecks
{
    /// <summary>Null when <paramref name="actor"/> may do the action now, as far as these checks go; otherwise why not.</summary>
    public static string? Refusal(LendingRequest request, LendingCommand command, string actor)
    {
        var name = command.Action;
        return command.Known switch
        {
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
