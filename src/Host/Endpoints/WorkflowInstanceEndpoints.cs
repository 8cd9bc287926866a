using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// The workflow instances, for administrators: the list (the faulted ones first of all), one instance, retrying the
/// step that faulted one once its cause is fixed (Elsa's incidents and retry), and cancelling one.
/// </summary>
public static class WorkflowInstanceEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowInstances(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances");
        group.MapGet("/", List).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:guid}", Get).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/retry", Retry).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cancel", Cancel).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<WorkflowInstancePageView>, ProblemHttpResult>> List(
        [AsParameters] WorkflowInstanceQuery query, WorkflowTraces traces, CancellationToken ct)
    {
        var (status, page, pageSize, problem) = query.Read();
        if (problem is not null) return problem;
        var found = await traces.ListAsync(status, query.Definition, (int)Math.Min((page - 1L) * pageSize, int.MaxValue), pageSize, ct);
        return TypedResults.Ok(new WorkflowInstancePageView(found.Total, page, pageSize, found.Items.Select(WorkflowInstanceSummaryView.Of).ToList()));
    }

    private static async Task<Results<Ok<WorkflowInstanceView>, ProblemHttpResult>> Get(Guid id, WorkflowTraces traces, CancellationToken ct) =>
        await traces.GetAsync(id, ct) is { } trace ? TypedResults.Ok(WorkflowInstanceView.Of(trace)) : UnknownInstance(id);

    /// <summary>
    /// Runs the faulted step again in the name of whoever made it, recording the signed-in administrator as who retried.
    /// A step that faults again is the 500 naming the activity, as when it first faulted.
    /// </summary>
    private static async Task<Results<Ok<WorkflowInstanceView>, ProblemHttpResult>> Retry(
        Guid id, WorkflowRuntime runtime, WorkflowTraces traces, HttpContext http, CancellationToken ct)
    {
        var result = await runtime.RetryAsync(id, ActingAccount.Of(http), ct);
        return result.Status switch
        {
            RetryStatus.Retried => TypedResults.Ok(WorkflowInstanceView.Of((await traces.GetAsync(id, ct))!)),
            RetryStatus.NotFound => UnknownInstance(id),
            RetryStatus.NotFaulted => ApiProblems.Conflict(
                $"Workflow instance {id} is {EnumNames<WorkflowStatus>.Of(result.InstanceStatus!.Value)}, " +
                (result.Reason is null ? "not faulted: there is no step to retry." : $"but {result.Reason}.")),
            RetryStatus.Conflict => ApiProblems.Conflict($"Workflow instance {id} was moved on by a concurrent request; reload it."),
            RetryStatus.NotRetriable => ApiProblems.Conflict($"Workflow instance {id} {result.Reason}."),
            _ => ApiProblems.Conflict(result.Reason!),
        };
    }

    /// <summary>
    /// Ends a running, suspended or faulted instance as cancelled, in the signed-in administrator's name: what it waited
    /// for no longer resumes it, and its running children end with it. An instance that has ended is the 409.
    /// </summary>
    private static async Task<Results<Ok<WorkflowInstanceView>, ProblemHttpResult>> Cancel(
        Guid id, WorkflowRuntime runtime, WorkflowTraces traces, HttpContext http, CancellationToken ct)
    {
        var result = await runtime.CancelAsync(id, ActingAccount.Of(http), ct);
        return result.Status switch
        {
            CancelStatus.Cancelled => TypedResults.Ok(WorkflowInstanceView.Of((await traces.GetAsync(id, ct))!)),
            CancelStatus.NotFound => UnknownInstance(id),
            CancelStatus.Ended => ApiProblems.Conflict(
                $"Workflow instance {id} is {EnumNames<WorkflowStatus>.Of(result.InstanceStatus!.Value)}: there is nothing left to cancel."),
            _ => ApiProblems.Conflict($"Workflow instance {id} was moved on by concurrent requests; reload it and cancel again."),
        };
    }

    private static ProblemHttpResult UnknownInstance(Guid id) => ApiProblems.NotFound($"No workflow instance {id}.");
}
