using System.ComponentModel;

namespace Workflows.Activities;

[Description("Where every instance begins.")]
public sealed class Start : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
