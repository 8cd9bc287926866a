using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Library.Host.Contracts;

/// <summary>A request's workflow as its view shows it: where the instance stands, what it waits for, and its history.</summary>
public sealed record WorkflowTrace(WorkflowView? Workflow, IReadOnlyList<HistoryView> History)
{
    /// <summary>
    /// The first of <paramref name="instances"/> with its history, in one query. What it waits for, and in which
    /// activities, is read from the instance's state, which lists every open wait with its bookmarks.
    /// </summary>
    public static async Task<WorkflowTrace> LoadAsync(LibraryDbContext db, IQueryable<WorkflowInstance> instances, CancellationToken ct)
    {
        var found = await instances.AsNoTracking()
            .Select(i => new
            {
                Instance = i,
                History = db.History.Where(h => h.InstanceId == i.Id).OrderBy(h => h.Sequence)
                    .Select(h => new HistoryView(h.Sequence, h.At, h.Actor, h.ActivityId, h.ActivityType, h.Outcome, h.Note)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null) return new WorkflowTrace(null, []);
        var instance = found.Instance;
        var waits = InstanceState.Deserialize(instance.State).Waits;
        var waitingFor = waits.SelectMany(w => w.Bookmarks).Select(b => b.Name).Distinct().Order().ToList();
        var waitingAt = waits.Select(w => w.ActivityId).Distinct().Order().ToList();
        return new WorkflowTrace(
            new WorkflowView(instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.Result, waitingFor, waitingAt, instance.Fault),
            found.History);
    }
}
