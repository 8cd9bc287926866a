namespace Workflows.Runtime;

/// <summary>An activity threw: the step was rolled back and the instance marked Faulted, its bookmarks kept for a retry.</summary>
public sealed class ActivityFaultException(Guid instanceId, string activityId, string activityType, Exception inner)
    : Exception($"Activity '{activityId}' ({activityType}) of instance {instanceId} failed: {inner.Message}", inner)
{
    public Guid InstanceId { get; } = instanceId;
    public string ActivityId { get; } = activityId;
    public string ActivityType { get; } = activityType;
}
