using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Workflows.Traces;

/// <summary>
/// The runtime's read surface: instances, their waits and their history as records, so that callers never read the
/// runtime's tables or its stored state. Nothing here writes.
/// </summary>
public sealed class WorkflowTraces(WorkflowDbContext db)
{
    public Task<WorkflowTrace?> GetAsync(Guid instanceId, CancellationToken ct = default) =>
        TraceAsync(db.Instances.Where(i => i.Id == instanceId), ct);

    /// <summary>The oldest instance of <paramref name="definitionId"/> serving <paramref name="correlationId"/>, whether it was started alone or as a child.</summary>
    public Task<WorkflowTrace?> FindAsync(string correlationId, string definitionId, CancellationToken ct = default) =>
        TraceAsync(db.Instances.Where(i => i.CorrelationId == correlationId && i.DefinitionId == definitionId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id), ct);

    /// <summary>
    /// Where the oldest instance of state machine <paramref name="definitionId"/> serving <paramref name="correlationId"/>
    /// stands; null when there is none or it is a flowchart. Read from the instance's row alone.
    /// </summary>
    public async Task<MachinePosition?> PositionAsync(string correlationId, string definitionId, CancellationToken ct = default)
    {
        var instance = await db.Instances.AsNoTracking()
            .Where(i => i.CorrelationId == correlationId && i.DefinitionId == definitionId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).FirstOrDefaultAsync(ct);
        return instance is null ? null : PositionOf(instance.Id, instance.DefinitionVersion, InstanceState.Deserialize(instance.State));
    }

    /// <summary>
    /// <see cref="PositionAsync"/> for many correlation ids at once, as a list page asks: by correlation id, for those
    /// with a state-machine instance of <paramref name="definitionId"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, MachinePosition>> PositionsAsync(IReadOnlyCollection<string> correlationIds, string definitionId, CancellationToken ct = default)
    {
        var instances = await db.Instances.AsNoTracking()
            .Where(i => i.CorrelationId != null && correlationIds.Contains(i.CorrelationId) && i.DefinitionId == definitionId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var positions = new Dictionary<string, MachinePosition>();
        foreach (var instance in instances.DistinctBy(i => i.CorrelationId))
            if (PositionOf(instance.Id, instance.DefinitionVersion, InstanceState.Deserialize(instance.State)) is { } position)
                positions[instance.CorrelationId!] = position;
        return positions;
    }

    private static MachinePosition? PositionOf(Guid instanceId, int version, InstanceState state) =>
        state.Machine is { } machine
            ? new MachinePosition(instanceId, version, machine.Status, state.Waits.SelectMany(w => w.Bookmarks)
                .Where(b => b.DueAt is null).Select(b => b.Name).Distinct().ToList())
            : null;

    /// <summary>
    /// Instances, the most recently changed first (then the newest), optionally only those in <paramref name="status"/>
    /// or of <paramref name="definitionId"/>: the operators' list, e.g. of the faulted ones.
    /// </summary>
    public async Task<WorkflowInstancePage> ListAsync(WorkflowStatus? status, string? definitionId, int skip, int take, CancellationToken ct = default)
    {
        var instances = db.Instances.AsNoTracking();
        if (status is { } wanted) instances = instances.Where(i => i.Status == wanted);
        if (definitionId is not null) instances = instances.Where(i => i.DefinitionId == definitionId);
        var total = await instances.CountAsync(ct);
        var page = await instances.OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id).Skip(skip).Take(take).ToListAsync(ct);
        return new WorkflowInstancePage(total, page.Select(WorkflowInstanceSummary.Of).ToList());
    }

    /// <summary>
    /// <see cref="FindAsync"/> together with the Faulted instances serving <paramref name="correlationId"/>, of any
    /// definition (a request's own and its children's), in one query, as a request's page shows both. Each comes with
    /// its history; a faulted child's is not needed, but there is almost never one.
    /// </summary>
    public async Task<(WorkflowTrace? Trace, IReadOnlyList<WorkflowInstanceSummary> Faulted)> FindWithFaultedAsync(
        string correlationId, string definitionId, CancellationToken ct = default)
    {
        var found = await WithHistory(db.Instances
                .Where(i => i.CorrelationId == correlationId && (i.DefinitionId == definitionId || i.Status == WorkflowStatus.Faulted))
                .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id))
            .ToListAsync(ct);
        var trace = found.FirstOrDefault(f => f.Instance.DefinitionId == definitionId) is { } own ? TraceOf(own.Instance, own.History) : null;
        return (trace, found.Where(f => f.Instance.Status == WorkflowStatus.Faulted).Select(f => WorkflowInstanceSummary.Of(f.Instance)).ToList());
    }

    /// <summary>
    /// The open bookmarks with any of <paramref name="names"/> and any of <paramref name="keys"/>, in one query on the
    /// bookmark index: what a page of requests waits for.
    /// </summary>
    public async Task<IReadOnlyList<WaitingBookmark>> WaitingAsync(IReadOnlyCollection<string> names, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        await db.Bookmarks.AsNoTracking()
            .Where(b => names.Contains(b.Name) && keys.Contains(b.Key))
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .Select(b => new WaitingBookmark(b.InstanceId, b.ActivityId, b.Name, b.Key, b.DueAt))
            .ToListAsync(ct);

    /// <summary>
    /// The first of <paramref name="instances"/> with its history, in one query. Where it waits is read from its state,
    /// which lists every open wait with its bookmarks, rather than from the bookmark table in a second query.
    /// </summary>
    private async Task<WorkflowTrace?> TraceAsync(IQueryable<WorkflowInstance> instances, CancellationToken ct) =>
        await WithHistory(instances).FirstOrDefaultAsync(ct) is { } found ? TraceOf(found.Instance, found.History) : null;

    private IQueryable<InstanceWithHistory> WithHistory(IQueryable<WorkflowInstance> instances) =>
        instances.AsNoTracking().Select(i => new InstanceWithHistory(i, db.History.Where(h => h.InstanceId == i.Id).OrderBy(h => h.Sequence)
            .Select(h => new TraceStep(h.Sequence, h.At, h.Actor, h.ActivityId, h.ActivityType, h.Outcome, h.Note)).ToList()));

    private sealed record InstanceWithHistory(WorkflowInstance Instance, List<TraceStep> History);

    private static WorkflowTrace TraceOf(WorkflowInstance instance, IReadOnlyList<TraceStep> history)
    {
        var state = InstanceState.Deserialize(instance.State);
        var waiting = state.Waits
            .SelectMany(w => w.Bookmarks.Select(b => new WaitingBookmark(instance.Id, w.ActivityId, b.Name, b.Key, b.DueAt)))
            .ToList();
        return new WorkflowTrace(WorkflowInstanceSummary.Of(instance), state.Variables, waiting, history)
        {
            Machine = PositionOf(instance.Id, instance.DefinitionVersion, state),
        };
    }
}
