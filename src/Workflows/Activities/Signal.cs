using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>Waits for a named signal carrying a key; the signal's payload lands in a variable if one is named.</summary>
[Description("Waits for a named signal with a key.")]
public sealed class Signal : Activity
{
    public const string BookmarkPrefix = "signal:";

    public required Input<string> Name { get; init; }
    public required Input<string> Key { get; init; }

    [Description("Variable that receives the signal's payload.")]
    public Input<string>? ResultVariable { get; init; }

    public static string BookmarkName(string signal) => BookmarkPrefix + signal;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkName(context.Get(Name)), context.Get(Key))));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (context.Get(ResultVariable, null) is { Length: > 0 } variable)
            context.SetVariable(variable, resumption.Payload);
        context.Note = $"signal '{context.Get(Name)}' received";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
