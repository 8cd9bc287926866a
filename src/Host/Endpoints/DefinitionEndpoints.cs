using Library.Host.Problems;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>The stored definition versions, as imported from files (and, later, published by the designer).</summary>
public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        group.MapGet("/", List);
        group.MapGet("/{id}/{version:int}", Get);
        return app;
    }

    private static async Task<Ok<List<DefinitionSummary>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Definitions.AsNoTracking().OrderBy(d => d.DefinitionId).ThenBy(d => d.Version)
            .Select(d => new DefinitionSummary(d.DefinitionId, d.Version, d.Name, d.IsPublished, d.Source, d.CreatedAt))
            .ToListAsync(ct));

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(string id, int version, LibraryDbContext db, CancellationToken ct)
    {
        var json = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == id && d.Version == version)
            .Select(d => d.Json).SingleOrDefaultAsync(ct);
        return json is null
            ? ApiProblems.NotFound($"No workflow definition '{id}' version {version}.")
            : TypedResults.Content(json, "application/json");
    }
}

public sealed record DefinitionSummary(string Id, int Version, string Name, bool Published, string Source, DateTime CreatedAt);
