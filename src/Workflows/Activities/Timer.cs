using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>Resumes by itself at a due time, measured on the runtime's clock.</summary>
[Description("Waits for a duration or until a moment, then continues.")]
[WaitsFor(BookmarkName)]
public sealed class Timer : Activity
{
    public const string BookmarkName = "timer";

    [Description("How long to wait, as d.hh:mm:ss.")]
    public Input<TimeSpan?>? Duration { get; init; }

    [Description("The moment to wait for, in UTC; used when no duration is given.")]
    public Input<DateTime?>? Until { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var due = context.Get(Duration, null) is { } duration ? context.UtcNow + duration
            : context.Get(Until, null) is { } until ? until.ToUniversalTime()
            : throw new InvalidOperationException("A Timer needs a 'duration' or an 'until'.");
        context.Note = $"due at {due:u}";
        return ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkName, Guid.CreateVersion7().ToString(), due)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        context.Note = "time elapsed";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
