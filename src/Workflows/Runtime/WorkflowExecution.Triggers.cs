using Workflows.Activities;
using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>Starting an instance by one of its definition's start triggers (an Event or HttpEndpoint right after Start).</summary>
internal sealed partial class WorkflowExecution
{
    private (Guid InstanceId, string ActivityId, Resumption Arrival)? _trigger;

    /// <summary>Starts an instance whose activity <paramref name="activityId"/> takes <paramref name="arrival"/> when it first runs.</summary>
    public async Task<WorkflowInstance> StartAsync(CompiledDefinition definition, string activityId, Resumption arrival)
    {
        var id = Guid.CreateVersion7();
        _trigger = (id, activityId, arrival);
        var instance = await StartInstanceAsync(id, definition, input: null, correlationId: null, parentId: null);
        await DrainPendingAsync();
        return instance.Entity;
    }

    /// <summary>What started the instance, for the trigger activity that started it, once; null for any other.</summary>
    public Resumption? TakeTrigger(Guid instanceId, string activityId)
    {
        if (_trigger is not { } trigger || trigger.InstanceId != instanceId || trigger.ActivityId != activityId) return null;
        _trigger = null;
        return trigger.Arrival;
    }
}
