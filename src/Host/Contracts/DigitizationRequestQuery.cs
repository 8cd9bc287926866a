using Library.Digitization;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>
/// The query of <c>GET /api/requests</c>: <c>status</c> a status as the API writes it (<c>Pickup From Shelf</c>, ...),
/// <c>scope</c> <c>full</c>/<c>partial</c>, <c>target</c> a digitization target, <c>q</c> the Find box (id, barcode,
/// title, requester's name or id; case and accents aside), <c>limit</c> 1–1000 rows (200).
/// </summary>
public sealed record DigitizationRequestQuery(
    [Facet(typeof(DigitizationStatus))] string? Status,
    string? Department,
    string? Barcode,
    [Facet(typeof(DigitizationScope))] string? Scope,
    [Facet(typeof(DigitizationTarget))] string? Target,
    string? Q,
    int? Limit)
{
    public const int MaxSearchLength = 200;

    public (DigitizationRequestFilter Filter, int Limit, ProblemHttpResult? Problem) Read()
    {
        var facets = new FacetReader();
        var filter = new DigitizationRequestFilter(
            facets.Enum<DigitizationStatus>(Status, "status"), Department, Barcode, facets.Enum<DigitizationScope>(Scope, "scope"),
            facets.Enum<DigitizationTarget>(Target, "target"), Q);
        var limit = facets.Limit(Limit);
        return (filter, limit, facets.Problem ?? SearchProblem(Q));
    }

    /// <summary>The 400 for a Find text too long to be anything staff typed; null when it is fine.</summary>
    public static ProblemHttpResult? SearchProblem(string? q) =>
        q?.Length > MaxSearchLength ? ApiProblems.Invalid("q", $"'q' is at most {MaxSearchLength} characters.") : null;
}
