using Library.Host.Authorization;
using System.Text;
using System.Text.Json;
using Library.Host.Contracts;
using Library.Host.OpenApi;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// The stored definition versions, imported from files or published by the designer: reading, validating,
/// publishing a new version and exporting one as a definition file.
/// </summary>
public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{id}", GetNewest).Needs(StaffPolicies.Staff).Produces(StatusCodes.Status200OK, contentType: "application/json").Refuses(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/{version:int}", Get).Needs(StaffPolicies.Staff).Produces(StatusCodes.Status200OK, contentType: "application/json").Refuses(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/{version:int}/export", Export).Needs(StaffPolicies.Staff).Produces(StatusCodes.Status200OK, contentType: "application/json").Refuses(StatusCodes.Status404NotFound);
        // The definition is read by the same reader as the files, not bound; the document still names its shape.
        group.MapPost("/validate", Validate).Needs(StaffPolicies.Staff).DocumentsBody<WorkflowDefinition>().Refuses(StatusCodes.Status400BadRequest);
        group.MapPost("/", Publish).Needs(StaffPolicies.Administration).DocumentsBody<WorkflowDefinition>().Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<List<DefinitionSummary>>> List(WorkflowDefinitionStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(ct)).Select(DefinitionSummary.Of).ToList());

    /// <summary>The version new instances start on.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetNewest(string id, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var json = await store.GetLatestJsonAsync(id, ct);
        return json is null
            ? ApiProblems.NotFound($"No published workflow definition '{id}'.")
            : TypedResults.Content(json, "application/json");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(string id, int version, WorkflowDefinitionStore store, CancellationToken ct) =>
        await store.GetJsonAsync(id, version, ct) is { } json ? TypedResults.Content(json, "application/json") : UnknownVersion(id, version);

    /// <summary>The version as a definition file, to keep under version control; imported again it adds no version.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string id, int version, WorkflowDefinitionStore store, HttpContext http, CancellationToken ct)
    {
        if (await store.GetJsonAsync(id, version, ct) is not { } json) return UnknownVersion(id, version);
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, DefinitionJson.Options)!;
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = HeaderUtilities.EscapeAsQuotedString($"{id}.json") };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(Encoding.UTF8.GetBytes(DefinitionFile.Write(definition)), "application/json");
    }

    private static async Task<Results<Ok<DefinitionValidity>, ProblemHttpResult>> Validate(HttpRequest http, DefinitionReader reader, CancellationToken ct)
    {
        var (_, problem) = await DefinitionBody.ReadAsync(http, reader, ct);
        return problem is null ? TypedResults.Ok(new DefinitionValidity(true)) : problem;
    }

    /// <summary>
    /// Stores the body as the definition's new published version (its <c>version</c> is ignored); new instances start
    /// on it, running ones stay on theirs. A body equal to the newest version answers that version, adding none.
    /// </summary>
    private static async Task<Results<Created<DefinitionSummary>, Ok<DefinitionSummary>, ProblemHttpResult>> Publish(
        HttpRequest http, DefinitionReader reader, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var (definition, problem) = await DefinitionBody.ReadAsync(http, reader, ct);
        if (problem is not null) return problem;

        PublishedVersion published;
        try
        {
            published = await store.PublishAsync(definition!, $"designer:{ActingAccount.Of(http.HttpContext)}", ct);
        }
        catch (DbUpdateException)
        {
            // The (definition, version) key is unique: another publish took the next version number first.
            return ApiProblems.Conflict($"Another version of workflow definition '{definition!.Id}' was published at the same time; reload it and publish again.");
        }
        var summary = DefinitionSummary.Of((await store.FindVersionAsync(definition!.Id, published.Version, ct))!);
        return published.Added
            ? TypedResults.Created($"/api/workflow-definitions/{Uri.EscapeDataString(summary.Id)}/{summary.Version}", summary)
            : TypedResults.Ok(summary);
    }

    private static ProblemHttpResult UnknownVersion(string id, int version) => ApiProblems.NotFound($"No workflow definition '{id}' version {version}.");
}
