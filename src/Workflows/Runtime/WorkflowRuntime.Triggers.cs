using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Diagnostics;
using Workflows.Triggers;

namespace Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Starts an instance of the trigger's definition version, whose trigger activity takes <paramref name="payload"/>
    /// as what arrived and goes on; runs it until it waits or ends, and commits once.
    /// </summary>
    public async Task<StartResult> StartAsync(StartTrigger trigger, JsonObject? payload, string actor, CancellationToken ct = default)
    {
        using var span = WorkflowTelemetry.StartWorkflow(trigger.DefinitionId);
        var definition = await definitions.GetAsync(trigger.DefinitionId, trigger.Version, ct)
                         ?? throw new InvalidOperationException($"Workflow definition '{trigger.DefinitionId}' has no version {trigger.Version}.");
        return await StartAndCommitAsync(span, actor,
            execution => execution.StartAsync(definition, trigger.ActivityId, new Resumption(trigger.Name, trigger.Key, payload, null)), trigger.Name, ct);
    }

    /// <summary>
    /// Publishes an event (Elsa's event publisher): resumes every instance waiting on it at this moment, each in a
    /// commit of its own, then starts an instance of every active definition whose start trigger it is. Both get
    /// <paramref name="payload"/>. A step that fails does not stop the others: it is listed among the faults.
    /// </summary>
    public async Task<EventResult> PublishEventAsync(string eventName, JsonObject? payload, string actor, CancellationToken ct = default)
    {
        var waiting = await db.Bookmarks.AsNoTracking().Where(b => b.Name == Event.BookmarkName && b.Key == eventName)
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
        var resumed = new List<ResumeResult>();
        var started = new List<StartResult>();
        var faults = new List<string>();

        // Each in a unit of its own: a step that fails is listed, and the rest go on.
        async Task EachAsync(Func<Task> unit)
        {
            db.ChangeTracker.Clear();
            try
            {
                await unit();
            }
            catch (ActivityFaultException fault)
            {
                faults.Add(fault.Message);
            }
        }

        foreach (var bookmarkId in waiting)
            await EachAsync(async () =>
            {
                if (await ResumeAsync(bookmarkId, payload, actor, ct) is { Status: ResumeStatus.Resumed } result) resumed.Add(result);
            });
        foreach (var trigger in await services.GetRequiredService<StartTriggers>().FindAsync(Event.BookmarkName, eventName, ct))
            await EachAsync(async () => started.Add(await StartAsync(trigger, payload, actor, ct)));
        return new EventResult(started, resumed, faults);
    }
}
