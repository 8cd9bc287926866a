using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Workflows.Activities;

/// <summary>
/// Runs its body, a definition of its own, once for each item, all at once: each item starts a child instance that
/// sees this instance's variables and the item as <see cref="CurrentValue"/> (its place as <see cref="CurrentIndex"/>).
/// Done when every child has ended, at once when there are no items. What a child sets stays in the child.
/// </summary>
[Description("Runs a workflow for each item of a list in parallel and continues when all have finished.")]
[WaitsFor(RunWorkflow.BookmarkName)]
public sealed class ParallelForEach : Activity
{
    public const string CurrentValue = "CurrentValue", CurrentIndex = "CurrentIndex";

    [Description("The list of items, e.g. an expression over the variables.")]
    public required Input<JsonArray?> Items { get; init; }

    [Description("The id of the definition that runs for each item.")]
    public required Input<string> Body { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var items = context.Get(Items) ?? [];
        var body = context.Get(Body);
        if (items.Count == 0)
        {
            context.Note = "no items";
            return ActivityResult.Done;
        }
        var children = new HashSet<string>();
        for (var index = 0; index < items.Count; index++)
        {
            var input = (JsonObject)context.Variables.DeepClone();
            input[CurrentValue] = items[index]?.DeepClone();
            input[CurrentIndex] = index;
            children.Add((await context.StartChildAsync(body, input)).ToString());
        }
        context.Note = $"started '{body}' for {items.Count} items";
        return Waiting(context, children);
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var running = context.State.Joins.GetValueOrDefault(context.ActivityId) ?? [];
        running.Remove(resumption.Key);
        if (running.Count > 0)
        {
            context.Note = $"{running.Count} still running";
            return ValueTask.FromResult(Waiting(context, running));
        }
        context.State.ClearJoin(context.ActivityId);
        context.Note = "all finished";
        return ValueTask.FromResult(ActivityResult.Done);
    }

    /// <summary>
    /// One wait on every child still running. A wait ends with the first of its bookmarks, so each end waits again on the
    /// rest; which ones those are is kept in the instance's state, under this activity, as a join keeps its arrivals.
    /// </summary>
    private static ActivityResult Waiting(ActivityContext context, HashSet<string> running)
    {
        context.State.Joins[context.ActivityId] = running;
        return ActivityResult.Wait(running.Select(child => new BookmarkRequest(RunWorkflow.BookmarkName, child)).ToArray());
    }
}
