using System.Text.Json.Nodes;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// Running any workflow by hand (Elsa's execute of a workflow definition): an administrator starts an instance of a
/// definition's active version, whatever it does, and reads how it stands once it finished or waits.
/// </summary>
public static class WorkflowRunEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowRuns(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/workflow-definitions/{id}/run", Run).WithTags("Workflow definitions").Needs(StaffPolicies.Administration)
            .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>
    /// Starts an instance of the active version with the body's fields as its input variables (over the definition's
    /// defaults), runs it until it finishes or waits, and answers the instance. A step that fails is the 422 naming the
    /// activity, and leaves no instance behind: what the administrator ran could not run with that input (the library's
    /// definitions, run without the request they serve, end there too).
    /// </summary>
    private static async Task<Results<Ok<WorkflowInstanceView>, ProblemHttpResult>> Run(
        string id, OptionalBody<JsonObject> input, WorkflowDefinitionStore definitions, WorkflowRuntime runtime, WorkflowTraces traces,
        HttpContext http, CancellationToken ct)
    {
        if (input.Problem is not null) return input.Problem;
        if (await definitions.GetActiveAsync(id, ct) is null) return ApiProblems.NotFound($"No active version of workflow definition '{id}'.");
        try
        {
            var started = await runtime.StartAsync(id, input.Value, correlationId: null, ActingAccount.Of(http), ct);
            return TypedResults.Ok(WorkflowInstanceView.Of((await traces.GetAsync(started.InstanceId, ct))!));
        }
        catch (ActivityFaultException fault)
        {
            return TypedResults.Problem(fault.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The workflow failed with this input; nothing was kept.");
        }
    }
}
