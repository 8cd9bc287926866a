using Library.Host.Validation;
using Library.Lending;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>
/// The query of <c>GET /api/lending-requests</c>, the facets of the task list: <c>assignee=unassigned</c> for the
/// requests nobody holds, <c>assignee=me</c> for the signed-in account's, <c>assignee=mine-or-unassigned</c> for both;
/// <c>created</c> and <c>updated</c> look back from today, <c>due</c> both ways
/// (<see cref="DueWithin"/>); <c>alerts</c> an alert message; <c>queue</c> <c>active</c> or <c>completed</c>; <c>q</c> text
/// in the title, the partner's request id, the requester's e-mail or a barcode; <c>page</c> from 1 and <c>pageSize</c>
/// 1–200 (50).
/// </summary>
public sealed record LendingRequestQuery(
    [Facet(typeof(LendingStatus))] string? Status,
    string? Partner,
    [Facet(typeof(RequestedFormat))] string? RequestedFormat,
    string? Assignee,
    [Facet(typeof(CreatedWithin))] string? Created,
    [Facet(typeof(CreatedWithin))] string? Updated,
    [Facet(typeof(DueWithin))] string? Due,
    string? Alerts,
    [Facet(typeof(LendingQueue))] string? Queue,
    string? Q,
    int? Page,
    int? PageSize)
{
    public const int DefaultPageSize = 50;

    public const string Unassigned = "unassigned";
    public const string Me = "me";
    public const string MineOrUnassigned = "mine-or-unassigned";

    /// <param name="me">The signed-in account, whom <c>me</c> names.</param>
    public (LendingRequestFilter Filter, int Page, int PageSize, ProblemHttpResult? Problem) Read(string me)
    {
        var facets = new FacetReader();
        var alerts = LendingAlert.All.ToList();
        var lacksEmail = string.Equals(Alerts, RequesterEmailEmpty.Message, StringComparison.OrdinalIgnoreCase);
        var partnerError = string.Equals(Alerts, PartnerMessageError.Message, StringComparison.OrdinalIgnoreCase);
        var filter = new LendingRequestFilter(
            facets.Enum<LendingStatus>(Status, "status"),
            Partner,
            facets.Enum<RequestedFormat>(RequestedFormat, "requestedFormat"),
            Assignee switch { Unassigned => null, Me or MineOrUnassigned => me, var named => named },
            Assignee is Unassigned or MineOrUnassigned,
            facets.Enum<CreatedWithin>(Created, "created"),
            facets.Enum<CreatedWithin>(Updated, "updated"),
            facets.Enum<DueWithin>(Due, "due"),
            lacksEmail || partnerError ? null : facets.OneOf(Alerts, "alerts", [.. alerts.Select(a => a.Message), RequesterEmailEmpty.Message, PartnerMessageError.Message], text =>
                alerts.FirstOrDefault(a => string.Equals(a.Message, text, StringComparison.OrdinalIgnoreCase)) is { Message: not null } wanted
                    ? (wanted.Kind, wanted.State)
                    : ((LinkedRequestKind, LinkedRequestState)?)null),
            Q,
            facets.Enum<LendingQueue>(Queue, "queue"),
            lacksEmail,
            partnerError);
        var page = facets.Number(Page, "page", 1, int.MaxValue, 1);
        var pageSize = facets.Number(PageSize, "pageSize", 1, 200, DefaultPageSize);
        return (filter, page, pageSize, facets.Problem);
    }
}
