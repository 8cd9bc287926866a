using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Mail;

namespace Library.Host.Contracts;

/// <summary>The query of <c>GET /api/outbox</c>: <c>status</c> a letter's state (every state when left out), <c>limit</c> 1–1000 rows (200).</summary>
public sealed record OutboxQuery([Facet(typeof(OutboxState))] string? Status, int? Limit)
{
    public (OutboxState? Status, int Limit, ProblemHttpResult? Problem) Read()
    {
        var facets = new FacetReader();
        return (facets.Enum<OutboxState>(Status, "status"), facets.Limit(Limit), facets.Problem);
    }
}
