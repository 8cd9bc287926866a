using System.ComponentModel;

namespace Workflows.Activities;

[Description("Takes the True or False outcome by a condition over the variables.")]
[Outcomes(Outcomes.True, Outcomes.False)]
public sealed class Decision : Activity
{
    public required Input<bool> Condition { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(context.Get(Condition) ? Outcomes.True : Outcomes.False));
}
