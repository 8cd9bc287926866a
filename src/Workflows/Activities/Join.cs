using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>
/// In <see cref="JoinMode.WaitAll"/>, waits until every inbound connection has delivered, in whatever order the branches
/// arrive, then continues once and forgets the arrivals so a loop can pass through again. In
/// <see cref="JoinMode.WaitAny"/> the runtime runs it as a race (<see cref="Definitions.MergeMode.Race"/>, as Elsa maps
/// a FlowJoin waiting for any): the first arrival reaches it and cancels the rest, so it simply continues.
/// </summary>
[Description("Continues when all incoming branches have arrived, or on the first one, cancelling the others.")]
public sealed class Join : Activity
{
    /// <summary>A literal: the runtime reads it from the definition (<see cref="Runtime.CompiledDefinition"/>).</summary>
    [Description("WaitAll (the default): continue when every incoming branch has arrived; WaitAny: continue on the first, cancelling the others.")]
    public Input<JoinMode>? Mode { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        // The mode is read where the runtime read it, to run the Join as a race or not.
        if (context.Definition.MergeMode(context.ActivityId) == Definitions.MergeMode.Race)
        {
            context.Note = $"continued on the branch from {context.ArrivedFrom}";
            return ValueTask.FromResult(ActivityResult.Done);
        }
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
