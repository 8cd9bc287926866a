using Library.Host.Validation;
using Library.Moves;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>The query of <c>GET /api/move-requests</c>: <c>toLibrary</c> is where the item goes; <c>limit</c> 1–1000 rows (200).</summary>
public sealed record MoveRequestQuery([Facet(typeof(MoveStatus))] string? Status, string? Barcode, string? ToLibrary, int? Limit)
{
    public (MoveRequestFilter Filter, int Limit, ProblemHttpResult? Problem) Read()
    {
        var facets = new FacetReader();
        var filter = new MoveRequestFilter(facets.Enum<MoveStatus>(Status, "status"), Barcode, ToLibrary);
        return (filter, facets.Limit(Limit), facets.Problem);
    }
}
