namespace Workflows.Activities;

/// <summary>
/// A step of a flowchart. Inputs are <see cref="Input{T}"/> properties; outcomes are declared with
/// <see cref="OutcomesAttribute"/>. An activity either ends with an outcome or waits on bookmarks.
/// </summary>
public abstract class Activity
{
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Runs when one of the bookmarks this activity waited on is resumed.</summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption) =>
        ValueTask.FromResult(ActivityResult.Done);
}
