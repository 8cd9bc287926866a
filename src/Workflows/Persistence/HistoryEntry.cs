namespace Workflows.Persistence;

/// <summary>One executed step of an instance: which activity, what came out of it, and who caused it.</summary>
internal sealed class HistoryEntry
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public int Sequence { get; set; }
    public DateTime At { get; set; }
    public required string ActivityId { get; set; }
    public required string ActivityType { get; set; }

    /// <summary>The outcome taken, or "Waiting" when the activity suspended the instance.</summary>
    public string? Outcome { get; set; }

    /// <summary>The acting account: a staff user, a scan station, or "system" for timers.</summary>
    public required string Actor { get; set; }

    public string? Note { get; set; }

    /// <summary>The instance's next entry: its sequence number follows the state's count, which it bumps.</summary>
    public static HistoryEntry Next(Guid instanceId, Runtime.InstanceState state, DateTime at, string actor, string activityId, string activityType,
        string? outcome, string? note) => new()
    {
        InstanceId = instanceId,
        Sequence = ++state.HistoryLength,
        At = at,
        ActivityId = activityId,
        ActivityType = activityType,
        Outcome = outcome,
        Actor = actor,
        Note = note,
    };
}
