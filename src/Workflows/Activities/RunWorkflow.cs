using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Workflows.Activities;

/// <summary>
/// Starts a child instance and waits for it to finish; the child's final variables can land in a variable. A child a
/// Fault activity ended faults this instance too, as a fault inside an Elsa flowchart faults the whole workflow.
/// </summary>
[Description("Starts a child workflow and waits for it to finish.")]
[Outcomes(Outcomes.Done, RunWorkflow.CancelledOutcome)]
[WaitsFor(BookmarkName)]
public sealed class RunWorkflow : Activity
{
    public const string BookmarkName = "child";
    public const string CancelledOutcome = "Cancelled";

    public required Input<string> Workflow { get; init; }
    public Input<JsonObject?>? Arguments { get; init; }
    public Input<string>? ResultVariable { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var definitionId = context.Get(Workflow);
        var child = await context.StartChildAsync(definitionId, context.Get(Arguments, null));
        context.Note = $"started '{definitionId}' as {child}";
        return ActivityResult.Wait(new BookmarkRequest(BookmarkName, child.ToString()));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (context.Get(ResultVariable, null) is { Length: > 0 } variable)
            context.SetVariable(variable, resumption.Payload?["variables"]);
        if (resumption.Payload?["fault"] is JsonValue fault)
        {
            context.Note = "child workflow faulted";
            return ValueTask.FromResult(ActivityResult.Fail($"the child workflow faulted: {fault}"));
        }
        var cancelled = resumption.Payload?["cancelled"]?.GetValue<bool>() == true;
        context.Note = cancelled ? "child workflow was cancelled" : "child workflow completed";
        return ValueTask.FromResult(ActivityResult.Outcome(cancelled ? CancelledOutcome : Outcomes.Done));
    }
}
