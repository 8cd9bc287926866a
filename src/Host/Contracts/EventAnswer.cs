using Workflows.Runtime;

namespace Library.Host.Contracts;

/// <summary>What publishing an event did: the instances it started and those it resumed, as they stand now, and the steps that failed.</summary>
public sealed record EventAnswer(IReadOnlyList<TriggerResult> Started, IReadOnlyList<TriggerResult> Resumed, IReadOnlyList<string> Faults)
{
    public static EventAnswer Of(EventResult result) => new(
        result.Started.Select(s => new TriggerResult(s.InstanceId, s.Status)).ToList(),
        result.Resumed.Select(r => new TriggerResult(r.InstanceId!.Value, r.InstanceStatus!.Value)).ToList(),
        result.Faults);
}
