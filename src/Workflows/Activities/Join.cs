using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>
/// Waits until every inbound connection has delivered, in whatever order the branches arrive, then continues
/// once and forgets the arrivals so a loop can pass through again.
/// </summary>
[Description("Continues when all incoming branches have arrived.")]
public sealed class Join : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var arrived = context.State.ArriveAtJoin(context.ActivityId, context.ArrivedFrom ?? "");
        var expected = context.Definition.InboundSources(context.ActivityId);
        if (!expected.IsSubsetOf(arrived))
        {
            context.Note = $"{arrived.Count} of {expected.Count} branches arrived";
            return ValueTask.FromResult(ActivityResult.Halt);
        }
        context.State.ClearJoin(context.ActivityId);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
