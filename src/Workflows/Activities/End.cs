using System.ComponentModel;

namespace Workflows.Activities;

[Description("Ends the instance, and with it every branch still waiting.")]
[Outcomes]
public sealed class End : Activity
{
    [Description("True when this end means the work was cancelled rather than completed.")]
    public Input<bool>? Cancelled { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.EndWorkflow(context.Get(Cancelled, false)));
}
