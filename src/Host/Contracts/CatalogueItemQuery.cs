using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>
/// The query of <c>GET /api/items</c>: <c>barcode</c> an exact barcode, <c>q</c> text in the title, author, ISBN, ISSN
/// or barcode (any case); <c>missing</c> true for the items flagged missing only, false for the others; <c>page</c> from 1
/// and <c>pageSize</c> 1–200 (50).
/// </summary>
public sealed record CatalogueItemQuery(string? Barcode, string? Q, bool? Missing, int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;

    public (int Page, int PageSize, ProblemHttpResult? Problem) Read()
    {
        var facets = new FacetReader();
        var page = facets.Number(Page, "page", 1, int.MaxValue, 1);
        var pageSize = facets.Number(PageSize, "pageSize", 1, 200, DefaultPageSize);
        return (page, pageSize, facets.Problem);
    }
}
