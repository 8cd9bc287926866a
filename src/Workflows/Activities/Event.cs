using System.ComponentModel;
using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Activities;

/// <summary>
/// Waits for an event published by name (Elsa's Event): every instance waiting on it is resumed by one publication.
/// Right after Start, with a literal name, it is a start trigger: a publication starts a new instance, and the Event
/// that started it goes on at once.
/// </summary>
[Description("Waits for an event published by name; right after Start, the event starts new instances.")]
[WaitsFor(BookmarkName)]
public sealed class Event : Activity
{
    public const string BookmarkName = "event";

    public required Input<string> EventName { get; init; }

    [Description("Variable that receives the event's payload.")]
    public Input<string>? ResultVariable { get; init; }

    /// <summary>What an Event right after Start answers to: its name, when the definition gives it as a literal.</summary>
    public static IEnumerable<(string Name, string Key)> TriggerKeys(ActivityNode node) =>
        node.Inputs["eventName"] is JsonValue name && name.TryGetValue<string>(out var text) ? [(BookmarkName, text)] : [];

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(context.TakeTrigger() is { } trigger
            ? Received(context, trigger, "started by")
            : ActivityResult.Wait(new BookmarkRequest(BookmarkName, context.Get(EventName))));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption) =>
        ValueTask.FromResult(Received(context, resumption, "received"));

    private ActivityResult Received(ActivityContext context, Resumption resumption, string how)
    {
        if (context.Get(ResultVariable, null) is { Length: > 0 } variable)
            context.SetVariable(variable, resumption.Payload);
        context.Note = $"{how} event '{resumption.Key}'";
        return ActivityResult.Done;
    }
}
