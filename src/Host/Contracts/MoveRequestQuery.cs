using Library.Host.Validation;
using Library.Moves;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>
/// The query of <c>GET /api/move-requests</c>: <c>toLibrary</c> is where the item goes; <c>page</c> from 1 and
/// <c>pageSize</c> 1–200 (50), as the lending task list pages.
/// </summary>
public sealed record MoveRequestQuery([Facet(typeof(MoveStatus))] string? Status, string? Barcode, string? ToLibrary, int? Page, int? PageSize)
{
    public (MoveRequestFilter Filter, int Page, int PageSize, ProblemHttpResult? Problem) Read()
    {
        var facets = new FacetReader();
        var filter = new MoveRequestFilter(facets.Enum<MoveStatus>(Status, "status"), Barcode, ToLibrary);
        var page = facets.Number(Page, "page", 1, int.MaxValue, 1);
        var pageSize = facets.Number(PageSize, "pageSize", 1, 200, LendingRequestQuery.DefaultPageSize);
        return (filter, page, pageSize, facets.Problem);
    }
}
