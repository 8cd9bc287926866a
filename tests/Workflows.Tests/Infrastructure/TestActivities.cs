using System.Text.Json.Nodes;
using System.ComponentModel;
using Workflows.Activities;

namespace Workflows.Tests.Infrastructure;

/// <summary>Whether <see cref="Explode"/> throws; a test disarms it to show that a retry of the same bookmark recovers.</summary>
public sealed class FaultSwitch
{
    public volatile bool Armed = true;
}

/// <summary>A test-only activity that throws while its host's <see cref="FaultSwitch"/> is armed.</summary>
[Description("Throws, for the fault tests.")]
public sealed class Explode(FaultSwitch faults) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        faults.Armed ? throw new InvalidOperationException("boom") : ValueTask.FromResult(ActivityResult.Done);
}

/// <summary>
/// Holds every execution that reaches it until <see cref="Parties"/> have arrived, so two concurrent resumes have both
/// loaded the instance before either commits. Later arrivals (a retry) pass straight through.
/// </summary>
public sealed class RendezvousPoint
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public int Parties { get; set; } = 2;

    public async Task ArriveAsync(CancellationToken ct)
    {
        if (Interlocked.Increment(ref _arrived) >= Parties) _all.TrySetResult();
        await _all.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
    }
}

[Description("Waits until every concurrent execution arrived, for the concurrency tests.")]
public sealed class Rendezvous(RendezvousPoint point) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        await point.ArriveAsync(context.CancellationToken);
        return ActivityResult.Done;
    }
}

/// <summary>Waits on ("gate", "k"); a resumption whose payload has <c>"open": false</c> is declined.</summary>
[Description("Waits at a gate that declines resumptions while it is closed, for the decline tests.")]
public sealed class Gate : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest("gate", "k")));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption) =>
        ValueTask.FromResult(resumption.Payload?["open"]?.GetValue<bool>() == false ? ActivityResult.Decline("the gate is closed") : ActivityResult.Done);
}

/// <summary>Declines while being executed, which only a resumption may do.</summary>
public sealed class DeclineOnStart : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Decline("no"));
}

/// <summary>Ends with the outcome the action's payload names in <c>answer</c> ("Yes" or "No"), for state machines' targets by outcome.</summary>
[Outcomes("Yes", "No")]
public sealed class Answer : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(context.ActionPayload?["answer"]?.GetValue<string>() ?? "No"));
}

/// <summary>Declines the action that runs it when the payload says <c>"refuse": true</c>; otherwise counts in variable <c>taken</c>.</summary>
public sealed class Refusable : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.ActionPayload?["refuse"]?.GetValue<bool>() == true) return ValueTask.FromResult(ActivityResult.Decline("refused"));
        context.SetVariable("taken", (context.Variables["taken"]?.GetValue<int>() ?? 0) + 1);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>The gate source "flag" of the state-machine tests: flags "a" and "b", switched by the test.</summary>
public sealed class TestFlags : Workflows.StateMachines.IGateSource
{
    public HashSet<string> On { get; } = [];
    public string Source => "flag";
    public IReadOnlyCollection<string> Flags { get; } = ["a", "b"];
    public ValueTask<bool> IsOnAsync(string flag, ActivityContext context) => ValueTask.FromResult(On.Contains(flag));
}

/// <summary>Starts the workflow the payload names in <c>child</c> as a child of the instance, without waiting for it.</summary>
public sealed class StartChild : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var child = await context.StartChildAsync(context.ActionPayload!["child"]!.GetValue<string>(), null);
        context.Note = $"started {child}";
        return ActivityResult.Done;
    }
}

/// <summary>Starts the workflow its input names as an instance of its own, correlated with <c>handed-on</c>.</summary>
public sealed class HandOn : Activity
{
    public required Input<string> Workflow { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var started = await context.StartInstanceAsync(context.Get(Workflow), new JsonObject { ["from"] = context.InstanceId.ToString() }, "handed-on");
        context.Note = $"handed on to {started}";
        return ActivityResult.Done;
    }
}

/// <summary>Records in variable <c>ended</c> the child the action's payload names, and whether it was cancelled.</summary>
public sealed class RecordChildEnd : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var payload = context.ActionPayload!;
        context.SetVariable("ended", $"{payload[Workflows.StateMachines.MachineAction.ChildPayload]} cancelled={payload["cancelled"]}");
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>Records in variable <c>entering</c> the status the action leads to, as the activity learns it.</summary>
public sealed class RecordEntering : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable("entering", context.Entering);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>Queues a post of each of <see cref="Bodies"/>, in order, to <see cref="Url"/> under ordering key <see cref="Key"/>.</summary>
[Description("Posts texts over HTTP, for the outbox tests.")]
public sealed class PostToPartner : Activity
{
    public required Input<string> Url { get; init; }
    public required Input<string> Key { get; init; }
    public required Input<List<string>> Bodies { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var (url, key) = (new Uri(context.Get(Url)), context.Get(Key));
        foreach (var body in context.Get(Bodies))
            await context.PostHttpAsync(new Http.HttpPost(Guid.CreateVersion7(), url, "text/plain", body, key));
        return ActivityResult.Done;
    }
}
