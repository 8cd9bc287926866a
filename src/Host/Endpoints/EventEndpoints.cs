using System.Text.Json.Nodes;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// Publishing an event (Elsa's trigger of an event, which its permission trigger:event guards; here the administrator's):
/// every instance waiting in an Event of that name goes on, and every active definition that begins with one starts.
/// </summary>
public static class EventEndpoints
{
    /// <summary>An event's name is the key of the bookmarks waiting on it, which holds 300 characters.</summary>
    public const int MaxNameLength = 300;

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events/{name}", Publish).WithTags("Events").Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>The optional JSON object goes to each instance as the event's payload (an Event's result variable).</summary>
    private static async Task<Results<Ok<EventAnswer>, ProblemHttpResult>> Publish(
        string name, OptionalBody<JsonObject> payload, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (payload.Problem is not null) return payload.Problem;
        if (name.Length > MaxNameLength) return ApiProblems.Invalid("name", $"An event's name has at most {MaxNameLength} characters.");
        return TypedResults.Ok(EventAnswer.Of(await runtime.PublishEventAsync(name, payload.Value, ActingAccount.Of(http), ct)));
    }
}
