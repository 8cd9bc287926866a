using Library.Host.Validation;
using Library.Lending;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>
/// The query of <c>GET /api/lending-requests</c>, the facets of the task list: <c>assignee=unassigned</c> for the
/// requests nobody holds, <c>assignee=me</c> for the signed-in account's, <c>assignee=mine-or-unassigned</c> for both;
/// <c>created</c> and <c>updated</c> look back from today, <c>due</c> both ways
/// (<see cref="DueWithin"/>); <c>alerts</c> an alert message; <c>q</c> text in the title or the partner's request id.
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
    string? Q,
    int? Limit)
{
    public const string Unassigned = "unassigned";
    public const string Me = "me";
    public const string MineOrUnassigned = "mine-or-unassigned";

    /// <param name="me">The signed-in account, whom <c>me</c> names.</param>
    public (LendingRequestFilter Filter, int Limit, ProblemHttpResult? Problem) Read(string me)
    {
        var facets = new FacetReader();
        var alerts = LendingAlert.All.ToList();
        var filter = new LendingRequestFilter(
            facets.Enum<LendingStatus>(Status, "status"),
            Partner,
            facets.Enum<RequestedFormat>(RequestedFormat, "requestedFormat"),
            Assignee switch { Unassigned => null, Me or MineOrUnassigned => me, var named => named },
            Assignee is Unassigned or MineOrUnassigned,
            facets.Enum<CreatedWithin>(Created, "created"),
            facets.Enum<CreatedWithin>(Updated, "updated"),
            facets.Enum<DueWithin>(Due, "due"),
            facets.OneOf(Alerts, "alerts", alerts.Select(a => a.Message), text =>
                alerts.FirstOrDefault(a => string.Equals(a.Message, text, StringComparison.OrdinalIgnoreCase)) is { Message: not null } wanted
                    ? (wanted.Kind, wanted.State)
                    : ((LinkedRequestKind, LinkedRequestState)?)null),
            Q);
        return (filter, facets.Limit(Limit), facets.Problem);
    }
}
