using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>
/// Starts every connected branch. Any outcome with several connections runs them all; Fork only makes the
/// intent plain in the flowchart.
/// </summary>
[Description("Runs every connected branch in parallel.")]
public sealed class Fork : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
