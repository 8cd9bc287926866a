namespace Workflows.Runtime;

public enum CancelStatus
{
    /// <summary>The instance ended as cancelled, with its waits, timers and running children; committed.</summary>
    Cancelled,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>The instance had already ended (see <see cref="CancelResult.InstanceStatus"/>); nothing changed.</summary>
    Ended,

    /// <summary>Other requests kept moving the instance on while it was being cancelled; nothing changed.</summary>
    Conflict,
}
