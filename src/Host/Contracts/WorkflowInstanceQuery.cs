using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Persistence;

namespace Library.Host.Contracts;

/// <summary>
/// The query of <c>GET /api/workflow-instances</c>: <c>status</c> as the API writes it (<c>faulted</c>, ...),
/// <c>definition</c> a definition id, <c>page</c> from 1 and <c>pageSize</c> 1–200 (50).
/// </summary>
public sealed record WorkflowInstanceQuery(
    [Facet(typeof(WorkflowStatus))] string? Status,
    string? Definition,
    int? Page,
    int? PageSize)
{
    public const int DefaultPageSize = 50;

    public (WorkflowStatus? Status, int Page, int PageSize, ProblemHttpResult? Problem) Read()
    {
        var facets = new FacetReader();
        var status = facets.Enum<WorkflowStatus>(Status, "status");
        var page = facets.Number(Page, "page", 1, int.MaxValue, 1);
        var pageSize = facets.Number(PageSize, "pageSize", 1, 200, DefaultPageSize);
        return (status, page, pageSize, facets.Problem);
    }
}
