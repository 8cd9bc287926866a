using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.Extensions.Primitives;
using Workflows.Activities;
using Workflows.Http;
using Workflows.Runtime;
using Workflows.Traces;
using Workflows.Triggers;

namespace Library.Host.Endpoints;

/// <summary>
/// Workflows over plain HTTP under /workflows/http/ (Elsa's HTTP endpoints): a request whose method and path an active
/// definition's HttpEndpoint names starts an instance of it, and the instance's WriteHttpResponse answers, or else the
/// instance itself; a POST on a path an HttpTrigger (or an HttpEndpoint later in a flow) waits on resumes it, and is
/// answered the same way.
/// </summary>
public static class HttpWorkflowEndpoints
{
    public static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static IEndpointRouteBuilder MapHttpWorkflows(this IEndpointRouteBuilder app)
    {
        app.MapMethods(HttpWorkflowRoute.Prefix + "/{**route}", Methods, Handle).Needs(StaffPolicies.HttpWorkflow).WithTags("Signals")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> Handle(
        string route, HttpContext http, StartTriggers triggers, WorkflowRuntime runtime, WorkflowTraces traces, HttpAnswerSlot slot, CancellationToken ct)
    {
        if (await HttpWorkflowRoute.TriggerAsync(http, triggers) is { } trigger) return await StartAsync(trigger, route, http, runtime, traces, slot, ct);
        if (!HttpMethods.IsPost(http.Request.Method))
            return ApiProblems.NotFound($"No active workflow starts on {http.Request.Method} '{route}'.");
        var payload = await OptionalBody<JsonObject>.BindAsync(http);
        if (payload.Problem is not null) return payload.Problem;
        var result = await runtime.ResumeAsync(HttpTrigger.BookmarkName, HttpTrigger.NormalizeRoute(route), payload.Value, ActingAccount.Of(http), ct);
        return result.Status == ResumeStatus.Resumed && slot.Answer is { } answer
            ? Written(http, answer)
            : SignalEndpoints.Answer(result, $"a request on '{route}'").Result;
    }

    /// <summary>
    /// Starts the trigger's definition with the request as what arrived: its method, path, query (each parameter a text,
    /// or a list when repeated) and body (JSON, or a form's fields as texts). The answer is written after the commit.
    /// </summary>
    private static async Task<IResult> StartAsync(
        StartTrigger trigger, string route, HttpContext http, WorkflowRuntime runtime, WorkflowTraces traces, HttpAnswerSlot slot, CancellationToken ct)
    {
        var (body, problem) = await BodyAsync(http.Request, ct);
        if (problem is not null) return problem;
        var request = new JsonObject
        {
            ["method"] = http.Request.Method,
            ["path"] = HttpTrigger.NormalizeRoute(route),
            ["query"] = Fields(http.Request.Query),
            ["body"] = body,
        };
        var started = await runtime.StartAsync(trigger, request, ActingAccount.OrAnonymous(http), ct);
        return slot.Answer is { } answer
            ? Written(http, answer)
            : TypedResults.Ok(WorkflowInstanceView.Of((await traces.GetAsync(started.InstanceId, ct))!));
    }

    /// <summary>The answer a WriteHttpResponse left, in place of the endpoint's own; the unit it ran in has committed.</summary>
    private static IResult Written(HttpContext http, HttpAnswer answer)
    {
        foreach (var (name, values) in answer.Headers) http.Response.Headers[name] = new StringValues(values);
        return Results.Text(answer.Content, answer.ContentType, Encoding.UTF8, answer.StatusCode);
    }

    private static async Task<(JsonNode? Body, IResult? Problem)> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null)) return (null, null);
        if (request.HasFormContentType && !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            return (Fields(await request.ReadFormAsync(ct)), null);
        if (!request.HasJsonContentType())
            return (null, ApiProblems.UnsupportedMediaType(request.ContentType ?? "of no media type",
                "application/json, application/x-www-form-urlencoded, or no body at all"));
        try
        {
            return (await JsonNode.ParseAsync(request.Body, cancellationToken: ct), null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid("body", $"The body is not JSON: {e.Message}"));
        }
    }

    private static JsonObject Fields(IEnumerable<KeyValuePair<string, StringValues>> fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key,
            f.Value.Count == 1 ? (JsonNode?)JsonValue.Create(f.Value[0]) : new JsonArray(f.Value.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()))));
}
