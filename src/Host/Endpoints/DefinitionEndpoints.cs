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
using Workflows.Elsa;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// The stored definition versions, imported from files or published by the designer: reading, validating, publishing a
/// draft, activating a version (new instances start on it; the version active before is one activation away),
/// exporting one as a definition file or as Elsa 3 JSON, and importing a definition exported from Elsa Studio.
/// </summary>
public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{id}", GetActive).Needs(StaffPolicies.Staff).Produces(StatusCodes.Status200OK, contentType: "application/json").Refuses(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/{version:int}", Get).Needs(StaffPolicies.Staff).Produces(StatusCodes.Status200OK, contentType: "application/json").Refuses(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/{version:int}/export", Export).Needs(StaffPolicies.Staff).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost("/import", ImportElsa).Needs(StaffPolicies.Administration).DocumentsBody<ElsaDefinitionDocument>()
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);
        // The definition is read by the same reader as the files, not bound; the document still names its shape.
        group.MapPost("/validate", Validate).Needs(StaffPolicies.Staff).DocumentsBody<WorkflowDefinition>().Refuses(StatusCodes.Status400BadRequest);
        group.MapPost("/", Publish).Needs(StaffPolicies.Administration).DocumentsBody<WorkflowDefinition>().Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);
        group.MapPost("/{id}/{version:int}/activate", Activate).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<List<DefinitionSummary>>> List(WorkflowDefinitionStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(ct)).Select(DefinitionSummary.Of).ToList());

    /// <summary>The active version, which new instances start on.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetActive(string id, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var json = await store.GetActiveJsonAsync(id, ct);
        return json is null
            ? ApiProblems.NotFound($"No active version of workflow definition '{id}'.")
            : TypedResults.Content(json, "application/json");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(string id, int version, WorkflowDefinitionStore store, CancellationToken ct) =>
        await store.GetJsonAsync(id, version, ct) is { } json ? TypedResults.Content(json, "application/json") : UnknownVersion(id, version);

    /// <summary>
    /// The version as a definition file, to keep under version control; imported again it adds no version. With
    /// <c>format=elsa</c>, as an Elsa 3 workflow definition, its generated children (nested flowcharts, ParallelForEach
    /// bodies) inside it again; imported again through <c>/import</c> it adds no version either.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string id, int version, WorkflowDefinitionStore store, ActivityRegistry registry, HttpContext http, CancellationToken ct, string? format = null)
    {
        if (format is not (null or ElsaFormat)) return ApiProblems.Invalid("format", $"'format' is '{format}'; give '{ElsaFormat}', or none for a definition file.");
        if (await store.GetJsonAsync(id, version, ct) is not { } json) return UnknownVersion(id, version);
        var definition = Read(json);
        byte[] file;
        if (format == ElsaFormat)
        {
            var published = (await store.FindVersionAsync(id, version, ct))!.State != DefinitionState.Draft;
            var elsa = await new ElsaExport(registry).WriteAsync(definition, published,
                async child => await store.GetActiveJsonAsync(child, ct) is { } childJson ? Read(childJson) : null);
            file = JsonSerializer.SerializeToUtf8Bytes(elsa, IndentedJson);
        }
        else file = Encoding.UTF8.GetBytes(DefinitionFile.Write(definition));
        var name = format == ElsaFormat ? $"{id}.elsa.json" : $"{id}.json";
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = HeaderUtilities.EscapeAsQuotedString(name) };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(file, "application/json");
    }

    private const string ElsaFormat = "elsa";
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private static WorkflowDefinition Read(string json) => JsonSerializer.Deserialize<WorkflowDefinition>(json, DefinitionJson.Options)!;

    /// <summary>
    /// Translates an Elsa 3 definition (as Elsa Studio exports it) into ours and stores it as a new version of the
    /// definition its <c>definitionId</c> (or <c>?id=</c>) names, activated unless Elsa had it unpublished. The child
    /// definitions it brings (nested flowcharts, ParallelForEach bodies) are stored and activated first, as the parent
    /// needs them to run. Every activity type and expression language that cannot be translated is refused at once, and
    /// then nothing is stored. Content equal to the newest version answers that version, adding none.
    /// </summary>
    private static async Task<Results<Created<DefinitionSummary>, Ok<DefinitionSummary>, ProblemHttpResult>> ImportElsa(
        HttpRequest http, ActivityRegistry registry, DefinitionReader reader, WorkflowDefinitionStore store, CancellationToken ct, string? id = null)
    {
        if (!http.HasJsonContentType())
            return ApiProblems.Invalid(DefinitionProblem.DefinitionKey, "Send the Elsa workflow definition as JSON (Content-Type: application/json).");
        using var body = new StreamReader(http.Body);
        var import = new ElsaDocument(registry).Read(await body.ReadToEndAsync(ct), id);
        var problems = import.Validate(reader);
        if (problems.Count > 0) return DefinitionBody.Problem(problems, "The Elsa definition cannot be imported");

        var actor = ActingAccount.Of(http.HttpContext);
        var source = $"elsa:{actor}";
        var definition = import.Definition!;
        StoredVersion stored;
        try
        {
            foreach (var child in import.Children)
                await store.ActivateAsync(child.Id, (await store.AddDraftAsync(child, source, ct)).Version, actor, ct);
            stored = await store.AddDraftAsync(definition, source, ct);
            if (import.Publish) await store.ActivateAsync(definition.Id, stored.Version, actor, ct);
        }
        catch (DbUpdateException)
        {
            return ApiProblems.Conflict($"Another version of workflow definition '{definition.Id}' was published or activated at the same time; import it again.");
        }
        var summary = DefinitionSummary.Of((await store.FindVersionAsync(definition.Id, stored.Version, ct))!);
        return stored.Added
            ? TypedResults.Created($"/api/workflow-definitions/{Uri.EscapeDataString(summary.Id)}/{summary.Version}", summary)
            : TypedResults.Ok(summary);
    }

    private static async Task<Results<Ok<DefinitionValidity>, ProblemHttpResult>> Validate(HttpRequest http, DefinitionReader reader, CancellationToken ct)
    {
        var (_, problem) = await DefinitionBody.ReadAsync(http, reader, ct);
        return problem is null ? TypedResults.Ok(new DefinitionValidity(true)) : problem;
    }

    /// <summary>
    /// Stores the body as a draft of the definition (its <c>version</c> is ignored), which nothing starts on until it is
    /// activated; with <c>activate=true</c> it is activated at once, for scripts. A body equal to the newest version
    /// answers that version, adding none (and activates it when asked).
    /// </summary>
    private static async Task<Results<Created<DefinitionSummary>, Ok<DefinitionSummary>, ProblemHttpResult>> Publish(
        HttpRequest http, DefinitionReader reader, WorkflowDefinitionStore store, CancellationToken ct, bool activate = false)
    {
        var (definition, problem) = await DefinitionBody.ReadAsync(http, reader, ct);
        if (problem is not null) return problem;

        var actor = ActingAccount.Of(http.HttpContext);
        StoredVersion stored;
        try
        {
            stored = await store.AddDraftAsync(definition!, $"designer:{actor}", ct);
            if (activate) await store.ActivateAsync(definition!.Id, stored.Version, actor, ct);
        }
        catch (DbUpdateException)
        {
            // The (definition, version) key is unique, and so is a definition's active version: another publish took the
            // next version number first, or another activation came at the same moment.
            return ApiProblems.Conflict($"Another version of workflow definition '{definition!.Id}' was published or activated at the same time; reload it and publish again.");
        }
        var summary = DefinitionSummary.Of((await store.FindVersionAsync(definition!.Id, stored.Version, ct))!);
        return stored.Added
            ? TypedResults.Created($"/api/workflow-definitions/{Uri.EscapeDataString(summary.Id)}/{summary.Version}", summary)
            : TypedResults.Ok(summary);
    }

    /// <summary>
    /// Makes the version the one new instances start on; running instances stay on theirs. Rolling back is activating
    /// the previous version. The active version is answered unchanged.
    /// </summary>
    private static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> Activate(
        string id, int version, HttpContext http, WorkflowDefinitionStore store, CancellationToken ct)
    {
        try
        {
            return await store.ActivateAsync(id, version, ActingAccount.Of(http), ct) is { } activated
                ? TypedResults.Ok(DefinitionSummary.Of(activated))
                : UnknownVersion(id, version);
        }
        catch (InvalidDefinitionException e)
        {
            // Stored by an earlier release, the version may lack what this one needs: an activity type, a wait it resumes.
            return ApiProblems.Conflict($"Version {version} of workflow definition '{id}' can no longer run here: {string.Join("; ", e.Problems)}.");
        }
        catch (DbUpdateException)
        {
            return ApiProblems.Conflict($"Another version of workflow definition '{id}' was activated at the same time; reload the list.");
        }
    }

    private static ProblemHttpResult UnknownVersion(string id, int version) => ApiProblems.NotFound($"No workflow definition '{id}' version {version}.");
}
