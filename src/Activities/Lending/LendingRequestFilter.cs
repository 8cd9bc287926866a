using Library.Lists;

namespace Library.Lending;

/// <summary>
/// The facets of the lending task list (Alma: Managing Resource Sharing Lending Requests, Using facets); a null facet
/// does not filter. <see cref="Unassigned"/> lists the requests nobody holds, besides <see cref="Assignee"/>'s when both
/// are given; <see cref="Alert"/> those showing that
/// alert, dismissed ones aside; <see cref="Text"/> searches the title and the partner's request id.
/// </summary>
public sealed record LendingRequestFilter(
    LendingStatus? Status = null,
    string? Partner = null,
    RequestedFormat? RequestedFormat = null,
    string? Assignee = null,
    bool Unassigned = false,
    CreatedWithin? Created = null,
    CreatedWithin? Updated = null,
    DueWithin? Due = null,
    (LinkedRequestKind Kind, LinkedRequestState State)? Alert = null,
    string? Text = null)
{
    /// <param name="utcNow">Now; created and updated count whole days back from today's midnight (UTC).</param>
    /// <param name="zone">The institution's time zone, in which due dates fall (<see cref="LendingSettings.InstitutionTimeZone"/>).</param>
    public IQueryable<LendingRequest> Apply(IQueryable<LendingRequest> requests, DateTime utcNow, TimeZoneInfo zone)
    {
        if (Status is { } status) requests = requests.Where(r => r.Status == status);
        if (Partner is not null) requests = requests.Where(r => r.Partner.Code == Partner);
        if (RequestedFormat is { } format) requests = requests.Where(r => r.RequestedFormat == format);
        if (Unassigned && Assignee is not null) requests = requests.Where(r => r.Assignee == null || r.Assignee == Assignee);
        else if (Unassigned) requests = requests.Where(r => r.Assignee == null);
        else if (Assignee is not null) requests = requests.Where(r => r.Assignee == Assignee);
        if (Created is { } created) requests = requests.Within(r => (DateTime?)r.CreatedAt, created.Range(utcNow));
        if (Updated is { } updated) requests = requests.Within(r => (DateTime?)r.UpdatedAt, updated.Range(utcNow));
        if (Due is { } due) requests = requests.Within(r => r.DueDate, due.Range(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone))));
        if (Alert is { } alert) requests = requests.Where(r => r.Alerts.Any(a => a.Kind == alert.Kind && a.State == alert.State && !a.Dismissed));
        if (Text is { Length: > 0 })
        {
            var text = Text.ToLowerInvariant();
            requests = requests.Where(r => r.Item.Title.ToLower().Contains(text) || r.ExternalId.ToLower().Contains(text));
        }
        return requests;
    }
}
