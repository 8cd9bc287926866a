using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>A row of the lending requests list, with the actions the request allows now and the library whose staff may take them.</summary>
public sealed record LendingRequestSummary(
    Guid Id, LendingStatus Status, bool Active, string PartnerCode, string ExternalId, RequestedFormat RequestedFormat,
    string Title, string Barcode, string Library, string? RequesterEmail, string? Assignee, DateOnly? DueDate, DateTime CreatedAt,
    DateTime UpdatedAt, IReadOnlyList<string> Alerts, IReadOnlyList<LendingActionView> AllowedActions)
{
    public static LendingRequestSummary Of(LendingRequest r, Workflows.Traces.MachinePosition? position, Workflows.Definitions.WorkflowDefinition? definition) => new(
        r.Id, r.Status, r.Active, r.Partner.Code, r.ExternalId, r.RequestedFormat, r.Item.Title, r.Item.Barcode, r.Item.Library,
        r.RequesterEmail, r.Assignee, r.DueDate, r.CreatedAt, r.UpdatedAt,
        LendingRequestView.AlertsOf(r).Select(a => a.Message).ToList(), LendingRequestActions.Of(r, position, definition));
}

/// <summary>A page of the lending requests list, and how many requests match in all.</summary>
public sealed record LendingRequestPage(int Total, int Page, int PageSize, IReadOnlyList<LendingRequestSummary> Items);
