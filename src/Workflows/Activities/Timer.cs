using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>Resumes by itself when the duration has passed, measured on the runtime's clock.</summary>
[Description("Waits for a duration, then continues.")]
public sealed class Timer : Activity
{
    public const string BookmarkName = "timer";

    [Description("How long to wait, as d.hh:mm:ss.")]
    public required Input<TimeSpan> Duration { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var due = context.UtcNow + context.Get(Duration);
        context.Note = $"due at {due:u}";
        return ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkName, Guid.CreateVersion7().ToString(), due)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        context.Note = "time elapsed";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
