using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>Cancelling an instance from outside its flow (Elsa's cancel of a workflow instance).</summary>
internal sealed partial class WorkflowExecution
{
    /// <summary>
    /// Ends a running, suspended or faulted instance as cancelled, as an End marked cancelled would: its bookmarks go (its
    /// timers unscheduled once the unit commits), its running children are cancelled with it, and a parent waiting for
    /// it learns it was cancelled. Null when it has already ended.
    /// </summary>
    public async Task<WorkflowInstance?> CancelAsync(Guid instanceId)
    {
        var instance = await LoadAsync(instanceId);
        if (instance.Entity.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled) return null;
        Record(instance, CancelResult.ActivityId, CancelResult.ActivityType, CancelResult.Outcome, $"cancelled by {Actor}");
        End(instance, cancelled: true, result: null);
        await DrainPendingAsync();
        return instance.Entity;
    }
}
