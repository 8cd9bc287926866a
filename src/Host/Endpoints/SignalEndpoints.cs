using Library.Host.Authorization;
using Library.Host.Contracts;
using System.Text.Json.Nodes;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Activities;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>Generic triggers: named signals for <see cref="Signal"/> activities ; the routes of HttpTrigger and HttpEndpoint are <see cref="HttpWorkflowEndpoints"/>.</summary>
public static class SignalEndpoints
{
    public static IEndpointRouteBuilder MapSignals(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/signals/{name}/{key}", Send).Needs(StaffPolicies.Staff).WithTags("Signals").Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<TriggerResult>, ProblemHttpResult>> Send(
        string name, string key, OptionalBody<JsonObject> payload, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (payload.Problem is not null) return payload.Problem;
        var result = await runtime.ResumeAsync(Signal.BookmarkName(name), key, payload.Value, ActingAccount.Of(http), ct);
        return Answer(result, $"signal '{name}' with key '{key}'");
    }

    internal static Results<Ok<TriggerResult>, ProblemHttpResult> Answer(ResumeResult result, string waitingPoint) =>
        result.Status == ResumeStatus.Resumed
            ? TypedResults.Ok(new TriggerResult(result.InstanceId!.Value, result.InstanceStatus!.Value))
            : ResumeProblems.OfTrigger(result, waitingPoint);
}
