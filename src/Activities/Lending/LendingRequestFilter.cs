using Library.Lists;

namespace Library.Lending;

/// <summary>
/// The facets of the lending task list (Alma: Managing Resource Sharing Lending Requests, Using facets); a null facet
/// does not filter. <see cref="Unassigned"/> lists the requests nobody holds, besides <see cref="Assignee"/>'s when both
/// are given; <see cref="Alert"/> those showing that
/// alert, dismissed ones aside; <see cref="Text"/> searches the title, the partner's request id, the requester's e-mail
/// and the barcodes (the requested item's and those shipped); <see cref="LacksRequesterEmail"/> those showing
/// <see cref="RequesterEmailEmpty"/>; <see cref="PartnerMessageError"/> those showing <see cref="Lending.PartnerMessageError"/>.
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
    string? Text = null,
    LendingQueue? Queue = null,
    bool LacksRequesterEmail = false,
    bool PartnerMessageError = false)
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
        // A request leaves the active list when it is completed, or when it closes without supply (Active turns false
        // then, except for a rejection the institution keeps active).
        if (Queue == LendingQueue.Active) requests = requests.Where(r => r.Active && r.Status != LendingStatus.RequestCompleted);
        else if (Queue == LendingQueue.Completed) requests = requests.Where(r => !r.Active || r.Status == LendingStatus.RequestCompleted);
        if (LacksRequesterEmail) requests = requests.Where(RequesterEmailEmpty.Applies);
        if (PartnerMessageError) requests = requests.Where(Lending.PartnerMessageError.Applies);
        if (Text is { Length: > 0 })
        {
            var text = Text.ToLowerInvariant();
            requests = requests.Where(r => r.Item.Title.ToLower().Contains(text) || r.ExternalId.ToLower().Contains(text)
                || (r.RequesterEmail != null && r.RequesterEmail.ToLower().Contains(text))
                || r.Item.Barcode.ToLower().Contains(text) || r.ShippedBarcodes.Any(b => b.ToLower().Contains(text)));
        }
        return requests;
    }
}
