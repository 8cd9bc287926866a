using System.ComponentModel;

namespace Workflows.Activities;

[Description("Ends the instance, and with it every branch still waiting and every child still running.")]
[Outcomes]
public sealed class End : Activity
{
    [Description("True when this end means the work was cancelled rather than completed.")]
    public Input<bool>? Cancelled { get; init; }

    [Description("A word for how the work ended, e.g. 'Rejected' or 'Expired'; kept on the instance.")]
    public Input<string?>? Result { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.EndWorkflow(context.Get(Cancelled, false), context.Get(Result, null)));
}
