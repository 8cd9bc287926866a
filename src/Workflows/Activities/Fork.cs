using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>
/// Starts every connected branch. Without branch names, every connection from its Done outcome runs (as any outcome
/// with several connections does; Fork only makes the intent plain). With names (Elsa's FlowFork), it ends with all of
/// them at once, each an outcome whose connections run.
/// </summary>
[Description("Runs every connected branch in parallel.")]
[OutcomesFrom("branches")]
public sealed class Fork : Activity
{
    [Description("The branches' names, each an outcome to connect, e.g. [\"A\", \"B\"]; without any, connect Done.")]
    public Input<string[]?>? Branches { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(context.Get(Branches, null) is { Length: > 0 } branches ? ActivityResult.Outcome(branches) : ActivityResult.Done);
}
