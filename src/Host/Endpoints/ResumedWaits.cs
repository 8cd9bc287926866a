using Library.Approvals;
using Library.Digitization;
using Library.Lending;
using Library.Moves;
using Workflows.Activities;
using Workflows.Definitions;

namespace Library.Host.Endpoints;

/// <summary>
/// The waits the endpoints of this folder resume, by the definition whose instances wait in them. Every version of
/// these definitions must keep them, or the endpoint finds nothing to resume (a digitization of Start → End alone
/// would complete each new request at once and never be scanned in): the definition reader refuses a version that
/// lost one, on validate, publish, activation and at start-up. An endpoint that resumes a new wait adds it here.
/// </summary>
public static class ResumedWaits
{
    public static RequiredWaits All { get; } = new(new Dictionary<string, IReadOnlyList<RequiredWait>>
    {
        [DigitizationRequests.WorkflowId] =
        [
            new(DigitizationBookmarks.ScanIn, "a scan at the request's department (POST /api/scan-stations/{stationId}/scans)"),
            new(DigitizationBookmarks.ItemInTransit, "a scan at a desk on the way (POST /api/scan-stations/{stationId}/scans)"),
            new(DigitizationBookmarks.NextStep, "POST /api/requests/{id}/next-step"),
            new(DigitizationBookmarks.AttachDocument, "POST /api/requests/{id}/attachments"),
            new(DigitizationBookmarks.CompleteDelivery, "POST /api/requests/{id}/done"),
            new(DigitizationBookmarks.AddRepresentation, "POST /api/requests/{id}/representation"),
            new(DigitizationBookmarks.CancelRequest, "POST /api/requests/{id}/cancel"),
            new(DigitizationBookmarks.ChangeExpiry, "PUT /api/approvals/{id}/expiry"),
        ],
        // The child that digitization.json runs when a profile rule asks for approval.
        ["approval"] = [new(Signal.BookmarkName(ApprovalVerdict.Signal), "POST /api/signals/approval/{requestId}")],
        [MoveRequests.WorkflowId] =
        [
            new(MoveBookmarks.Arrival, "a scan at the move's destination (POST /api/scan-stations/{stationId}/scans)"),
            new(MoveBookmarks.Cancel, "POST /api/move-requests/{id}/cancel"),
        ],
        // A state machine waits under its actions' names: every action the endpoints take, and the end of a child.
        [LendingWorkflow.Id] =
        [
            .. EnumNames<LendingAction>.All.Where(a => a != EnumNames<LendingAction>.Of(LendingAction.StatusRequest))
                .Select(a => new RequiredWait(a, $"POST /api/lending-requests/{{id}}/{a}")),
            new(EnumNames<LendingAction>.Of(LendingAction.StatusRequest), "an ISO 18626 partner's StatusRequest (POST /api/iso18626)"),
            new(Workflows.StateMachines.MachineAction.ChildEnded, "the end of a move or digitization the request started"),
        ],
    });
}
