using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>
/// Elsa's WriteLine: where Elsa writes to the console, the line becomes the note of this step in the instance's
/// history, so the instance's log (<see cref="Traces.WorkflowTrace.Log"/>) is its lines in the order they were written.
/// </summary>
[Description("Writes a line to the instance's log.")]
public sealed class WriteLine : Activity
{
    [Description("The line to write.")]
    public Input<string?>? Text { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Note = context.Get(Text, null) ?? "";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
