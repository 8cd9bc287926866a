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

/// <summary>What woke a waiting activity: the bookmark's name and key, and what the caller sent.</summary>
public sealed record Resumption(string BookmarkName, string Key, System.Text.Json.Nodes.JsonObject? Payload, string? BookmarkData);

/// <summary>The outcome names the runtime itself relies on.</summary>
public static class Outcomes
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
}

/// <summary>Declares the outcomes an activity can end with; without it an activity has one, <c>Done</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutcomesAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
