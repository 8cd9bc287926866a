using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Activities;
using Workflows.StateMachines;
using Workflows.Definitions;
using Workflows.Diagnostics;
using Workflows.Expressions;
using Workflows.Http;
using Workflows.Mail;
using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>
/// One unit of work: runs the instances it touches until every active branch waits or ends, tracking all
/// changes in one <see cref="WorkflowDbContext"/> and keeping the history entries and bookmarks it writes (its
/// <see cref="Rows"/>), so that a single commit writes them together.
/// Child starts and parent resumes caused by the run join the same unit.
/// </summary>
internal sealed partial class WorkflowExecution(
    WorkflowDbContext db,
    WorkflowDefinitionStore definitions,
    ExpressionEvaluator expressions,
    IServiceProvider services,
    TimeProvider clock,
    ILogger logger,
    string actor,
    CancellationToken cancellationToken)
{
    /// <summary>Activity executions allowed in one unit, so a definition that loops without waiting faults instead of spinning.</summary>
    public const int StepLimit = 10_000;

    private readonly Dictionary<Guid, LoadedInstance> _loaded = [];
    private readonly Queue<Func<Task>> _pending = new();

    /// <summary>Bookmarks this unit consumed or deleted: an incident whose bookmark is among them is over.</summary>
    private readonly HashSet<Guid> _consumed = [];
    private int _steps;

    public string Actor { get; } = actor;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public ExpressionEvaluator Expressions { get; } = expressions;
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Timer bookmarks created in this unit; scheduled once it commits.</summary>
    public List<Bookmark> NewTimers { get; } = [];

    /// <summary>Timer bookmarks this unit deleted before they were due; their jobs are unscheduled once it commits.</summary>
    public List<Guid> CancelledTimers { get; } = [];

    /// <summary>The history entries and bookmarks this unit writes; they commit with it (<see cref="CommitGate"/>).</summary>
    public UnitRows Rows { get; } = new();

    public bool EmailQueued { get; private set; }

    public bool HttpQueued { get; private set; }

    /// <summary>Work that must only happen once the unit has committed, such as deleting files it no longer references.</summary>
    public List<Func<CancellationToken, Task>> AfterCommit { get; } = [];

    public IEnumerable<WorkflowInstance> Instances => _loaded.Values.Select(l => l.Entity);

    public async Task<WorkflowInstance> StartAsync(CompiledDefinition definition, JsonObject? input, string? correlationId)
    {
        var instance = await StartInstanceAsync(Guid.CreateVersion7(), definition, input, correlationId, parentId: null);
        await DrainPendingAsync();
        return instance.Entity;
    }

    /// <summary>Null when the instance no longer waits on <paramref name="bookmark"/>: another unit consumed it.</summary>
    public async Task<WorkflowInstance?> ResumeAsync(Bookmark bookmark, JsonObject? payload)
    {
        var instance = await ResumeBookmarkAsync(bookmark, payload);
        if (instance is null) return null;
        await DrainPendingAsync();
        return instance.Entity;
    }

    /// <summary>
    /// Runs the resumption that faulted <paramref name="instanceId"/> again, after recording who retried. Null when its
    /// bookmark was consumed by another unit in between. A null <paramref name="bookmark"/> (consumed before the retry
    /// began) only ends the incident.
    /// </summary>
    public async Task<WorkflowInstance?> RetryAsync(Guid instanceId, Bookmark? bookmark, JsonObject? payload, string retriedBy)
    {
        var instance = await LoadAsync(instanceId);
        var incident = instance.Entity.Incident!;
        Record(instance, incident.ActivityId, incident.ActivityType, RetryResult.RetriedOutcome,
            bookmark is null ? $"the step had been resumed meanwhile; was: {instance.Entity.Fault}" : $"retried after: {instance.Entity.Fault}", retriedBy);
        instance.Entity.Incident = null;
        if (bookmark is not null && await ResumeBookmarkAsync(bookmark, payload) is null) return null;
        await DrainPendingAsync();
        return instance.Entity;
    }

    /// <summary>
    /// Writes every touched instance's state into its row, bumping the concurrency token of existing rows. An instance
    /// stays Faulted until its incident's bookmark is consumed (by a retry or by its trigger) or it ends, even when
    /// another of its branches moves on.
    /// </summary>
    public void PrepareCommit()
    {
        foreach (var instance in _loaded.Values)
        {
            var entity = instance.Entity;
            entity.State = instance.State.Serialize();
            entity.UpdatedAt = UtcNow;
            if (entity.Incident is { } incident && (instance.Ended || _consumed.Contains(incident.BookmarkId))) entity.Incident = null;
            if (entity.Incident is null && !(instance.Ended && entity.Status == WorkflowStatus.Faulted)) entity.Fault = null;
            if (!instance.Ended)
                entity.Status = entity.Incident is not null ? WorkflowStatus.Faulted
                    : instance.State.Waits.Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Running;
            if (db.Entry(entity).State != EntityState.Added) entity.Version++;
        }
    }

    public void EnqueueEmail(Guid instanceId, EmailMessage message)
    {
        db.Outbox.Add(MailOutbox.Create(instanceId, message, UtcNow));
        EmailQueued = true;
    }

    /// <summary>
    /// Places the post one past the last of its ordering key, committed or queued in this unit. Units of one instance
    /// run one after another, so each sees the posts of the one before; units of different instances that share a key
    /// and commit at the same time may take the same place, and then have no order between them.
    /// </summary>
    public async Task EnqueueHttpAsync(Guid instanceId, HttpPost post)
    {
        var committed = await db.Outbox.Where(m => m.OrderingKey == post.OrderingKey).MaxAsync(m => (long?)m.Sequence, CancellationToken) ?? 0;
        var queued = db.Outbox.Local.Where(m => m.OrderingKey == post.OrderingKey).Select(m => m.Sequence).DefaultIfEmpty(0).Max();
        db.Outbox.Add(HttpOutbox.Create(instanceId, post, Math.Max(committed, queued) + 1, UtcNow));
        HttpQueued = true;
    }

    /// <summary>A child shares its parent's correlation id unless it serves a record of its own (then it names that).</summary>
    public async Task<Guid> ScheduleChildAsync(LoadedInstance parent, string definitionId, JsonObject? input, string? correlationId = null)
    {
        var definition = await definitions.GetActiveAsync(definitionId, CancellationToken)
                         ?? throw new InvalidOperationException($"No active version of workflow definition '{definitionId}'.");
        var childId = Guid.CreateVersion7();
        parent.State.StartedChildren = true;
        _pending.Enqueue(() => StartInstanceAsync(childId, definition, input, correlationId ?? parent.Entity.CorrelationId, parent.Entity.Id));
        return childId;
    }

    /// <summary>An instance of its own, started in this unit: no parent waits for it, and it outlives the one that started it.</summary>
    public async Task<Guid> ScheduleInstanceAsync(string definitionId, JsonObject? input, string? correlationId)
    {
        var definition = await definitions.GetActiveAsync(definitionId, CancellationToken)
                         ?? throw new InvalidOperationException($"No active version of workflow definition '{definitionId}'.");
        var id = Guid.CreateVersion7();
        _pending.Enqueue(() => StartInstanceAsync(id, definition, input, correlationId, null));
        return id;
    }

    private async Task<LoadedInstance> StartInstanceAsync(Guid id, CompiledDefinition definition, JsonObject? input, string? correlationId, Guid? parentId)
    {
        var variables = (JsonObject)definition.Definition.Variables.DeepClone();
        foreach (var (name, value) in input ?? []) variables[name] = value?.DeepClone();
        var entity = new WorkflowInstance
        {
            Id = id,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            CorrelationId = correlationId,
            ParentInstanceId = parentId,
            State = "",
            CreatedAt = UtcNow,
            UpdatedAt = UtcNow,
        };
        db.Instances.Add(entity);
        var instance = new LoadedInstance(entity, new InstanceState { Variables = variables, StartedChildren = false }, definition);
        _loaded[id] = instance;
        if (definition.Machine is { } machine) await StartMachineAsync(instance, machine);
        else await RunAsync(instance, new Step(definition.StartActivityId, null, null));
        return instance;
    }

    private async Task<LoadedInstance?> ResumeBookmarkAsync(Bookmark bookmark, JsonObject? payload)
    {
        var instance = await LoadAsync(bookmark.InstanceId);
        // The bookmark was read before the instance; another unit may have consumed it and committed in between.
        var wait = instance.State.Waits.FirstOrDefault(w => w.Group == bookmark.Group);
        if (wait is null) return null;
        RemoveWait(instance, wait);
        var resumption = new Resumption(bookmark.Name, bookmark.Key, payload, bookmark.Payload);
        if (instance.Definition.Machine is { } machine) await TakeActionAsync(instance, machine, resumption);
        else await RunAsync(instance, new Step(bookmark.ActivityId, null, resumption));
        return instance;
    }

    private async Task<LoadedInstance> LoadAsync(Guid instanceId)
    {
        if (_loaded.TryGetValue(instanceId, out var loaded)) return loaded;
        // Find answers from the context when the caller's lookup already loaded the instance.
        var entity = await db.Instances.FindAsync([instanceId], CancellationToken)
                     ?? throw new InvalidOperationException($"Instance {instanceId} does not exist.");
        var definition = await definitions.GetAsync(entity.DefinitionId, entity.DefinitionVersion, CancellationToken)
                         ?? throw new InvalidOperationException($"Definition {entity.DefinitionId} v{entity.DefinitionVersion} is missing.");
        var state = InstanceState.Deserialize(entity.State);
        // One a Fault activity ended has nothing to retry and nothing waiting: it is over, as a cancelled one is.
        loaded = new LoadedInstance(entity, state, definition) { Ended = entity is { Status: WorkflowStatus.Faulted, Incident: null } && state.Waits.Count == 0 };
        _loaded[instanceId] = loaded;
        return loaded;
    }

    private async Task DrainPendingAsync()
    {
        while (_pending.TryDequeue(out var work)) await work();
    }

    private async Task RunAsync(LoadedInstance instance, Step first)
    {
        using var scope = logger.BeginInstanceScope(instance.Entity.Id, instance.Definition.Id);
        var queue = new Queue<Step>([first]);
        while (!instance.Ended && queue.TryDequeue(out var step))
        {
            var node = instance.Definition.Node(step.ActivityId);
            if (++_steps > StepLimit)
                throw new ActivityFaultException(instance.Entity.Id, node.Id, node.Type,
                    new InvalidOperationException($"more than {StepLimit} steps without waiting; does the definition loop?"));

            var context = new ActivityContext(this, instance, node.Id, step.From);
            ActivityResult result;
            try
            {
                var activity = instance.Definition.CreateActivity(node.Id, Services);
                result = step.Resumption is null
                    ? await activity.ExecuteAsync(context)
                    : await activity.ResumeAsync(context, step.Resumption);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ActivityFaultException)
            {
                throw new ActivityFaultException(instance.Entity.Id, node.Id, node.Type, e);
            }

            switch (result.Kind)
            {
                case ActivityResultKind.Outcome:
                    Stepped(instance, node, result.OutcomeNames.Count == 1 ? result.OutcomeName : string.Join(", ", result.OutcomeNames), context.Note);
                    Follow(instance, node, result.OutcomeNames, queue);
                    break;
                case ActivityResultKind.Wait:
                    Stepped(instance, node, "Waiting", context.Note);
                    AddWait(instance, node.Id, result.Bookmarks);
                    break;
                case ActivityResultKind.Halt:
                    Stepped(instance, node, null, context.Note);
                    break;
                case ActivityResultKind.End:
                    Stepped(instance, node, Ending(result), context.Note);
                    End(instance, result.Cancelled, result.Result, FaultOf(node, result));
                    break;
                case ActivityResultKind.Declined when step.Resumption is not null:
                    throw new ResumptionDeclinedException(result.Reason!);
                case ActivityResultKind.Declined:
                    throw new ActivityFaultException(instance.Entity.Id, node.Id, node.Type,
                        new InvalidOperationException("only a resumption can be declined; a step run from its connections must go on, wait or end"));
            }
        }

        // A flowchart with nothing left to run and nothing waiting has finished.
        if (!instance.Ended && instance.State.Waits.Count == 0) End(instance, cancelled: false, result: null);
    }

    private static string Ending(ActivityResult result) =>
        result.Fault is not null ? nameof(WorkflowStatus.Faulted) : result.Result ?? (result.Cancelled ? "Cancelled" : "Completed");

    private static string? FaultOf(ActivityNode node, ActivityResult result) => result.Fault is { } fault ? $"{node.Id} ({node.Type}): {fault}" : null;

    /// <summary>A step that ran: in the instance's history, and in the log and the step count under the outcome (a halt has none).</summary>
    private void Stepped(LoadedInstance instance, ActivityNode node, string? outcome, string? note)
    {
        Record(instance, node.Id, node.Type, outcome, note);
        var ended = outcome ?? nameof(ActivityResultKind.Halt);
        logger.StepEnded(node.Id, node.Type, ended);
        WorkflowTelemetry.StepRan(node.Type, ended);
    }

    private void Record(LoadedInstance instance, string activityId, string activityType, string? outcome, string? note, string? actor = null) =>
        Rows.History.Add(HistoryEntry.Next(instance.Entity.Id, instance.State, UtcNow, actor ?? Actor, activityId, activityType, outcome, note));

    private void AddWait(LoadedInstance instance, string activityId, IReadOnlyList<BookmarkRequest> requests)
    {
        var group = Guid.CreateVersion7();
        var open = new List<OpenBookmark>();
        foreach (var request in requests)
        {
            var bookmark = new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = instance.Entity.Id,
                ActivityId = activityId,
                Group = group,
                Name = request.Name,
                Key = request.Key,
                Payload = request.Data,
                CreatedAt = UtcNow,
                DueAt = request.DueAt,
            };
            Rows.NewBookmarks.Add(bookmark);
            if (bookmark.DueAt is not null) NewTimers.Add(bookmark);
            open.Add(new OpenBookmark(bookmark.Id, bookmark.Name, bookmark.Key, bookmark.DueAt));
        }
        instance.State.Waits.Add(new OpenWait(group, activityId, open));
    }

    private void RemoveWait(LoadedInstance instance, OpenWait wait)
    {
        instance.State.Waits.Remove(wait);
        foreach (var bookmark in wait.Bookmarks) DeleteBookmark(bookmark);
    }

    /// <summary>Deletes by key; a bookmark added in this same unit is simply never inserted.</summary>
    private void DeleteBookmark(OpenBookmark bookmark)
    {
        _consumed.Add(bookmark.Id);
        var added = Rows.NewBookmarks.FindIndex(b => b.Id == bookmark.Id);
        if (added >= 0)
        {
            NewTimers.Remove(Rows.NewBookmarks[added]);
            Rows.NewBookmarks.RemoveAt(added);
            return;
        }
        Rows.DeletedBookmarks.Add(bookmark.Id);
        // A bookmark loaded into the context is the one resuming: it leaves the context, so that no later lookup in this
        // scope finds it. Its job, if it is a timer, is the one running, as is the job of a timer due now: neither is cancelled.
        if (db.Bookmarks.Local.FindEntry(bookmark.Id) is { } loaded) loaded.State = EntityState.Detached;
        else if (bookmark.DueAt > UtcNow) CancelledTimers.Add(bookmark.Id);
    }

    /// <param name="fault">Set when the definition ended it as failed (<see cref="ActivityResult.Fail"/>): it ends Faulted, saying so.</param>
    private void End(LoadedInstance instance, bool cancelled, string? result, string? fault = null)
    {
        foreach (var wait in instance.State.Waits.ToList()) RemoveWait(instance, wait);
        instance.State.Joins.Clear();
        instance.State.Tokens = null;
        instance.Ended = true;
        instance.Entity.Status = fault is not null ? WorkflowStatus.Faulted : cancelled ? WorkflowStatus.Cancelled : WorkflowStatus.Finished;
        instance.Entity.Result = result;
        instance.Entity.Fault = fault;
        if (instance.State.StartedChildren != false) _pending.Enqueue(() => EndChildrenAsync(instance.Entity.Id));

        if (instance.Entity.ParentInstanceId is { } parentId)
        {
            var payload = new JsonObject { ["variables"] = instance.State.Variables.DeepClone(), ["cancelled"] = cancelled };
            if (fault is not null) payload["fault"] = fault;
            _pending.Enqueue(() => ResumeParentAsync(parentId, instance.Entity.Id, payload));
        }
    }

    /// <summary>Children still running when their parent ends are ended with it, as cancelled.</summary>
    private async Task EndChildrenAsync(Guid parentId)
    {
        var stored = await db.Instances.AsNoTracking()
            .Where(i => i.ParentInstanceId == parentId && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Suspended || i.Status == WorkflowStatus.Faulted))
            .Select(i => i.Id).ToListAsync(CancellationToken);
        var started = _loaded.Values.Where(l => l.Entity.ParentInstanceId == parentId).Select(l => l.Entity.Id);
        foreach (var childId in stored.Union(started).ToList())
        {
            var child = await LoadAsync(childId);
            if (child.Ended) continue;
            Record(child, "parent-ended", nameof(Activities.End), "Cancelled", "ended with its parent");
            End(child, cancelled: true, result: null);
        }
    }

    /// <summary>
    /// A flowchart parent waits for the child in its RunWorkflow bookmark keyed by the child. A state machine waits in
    /// statuses, not in the activity that started the child: the end is the action <see cref="MachineAction.ChildEnded"/>,
    /// which it opens in every status where a child may still run, its payload naming the child.
    /// </summary>
    private async Task ResumeParentAsync(Guid parentId, Guid childId, JsonObject payload)
    {
        var key = childId.ToString();
        var bookmark = await OpenBookmarkAsync(parentId, RunWorkflow.BookmarkName, key);
        if (bookmark is null && (await LoadAsync(parentId)) is { Definition.Machine: not null } machine)
        {
            payload[MachineAction.ChildPayload] = key;
            bookmark = await OpenBookmarkAsync(parentId, MachineAction.ChildEnded, machine.Entity.CorrelationId ?? parentId.ToString());
        }
        // The parent may have ended meanwhile (another branch reached End); then nobody waits for the child.
        if (bookmark is null || _consumed.Contains(bookmark.Id)) return;
        if (_loaded.TryGetValue(parentId, out var parent) && parent.Ended) return;
        await ResumeBookmarkAsync(bookmark, payload);
    }

    private async Task<Bookmark?> OpenBookmarkAsync(Guid instanceId, string name, string key) =>
        Rows.NewBookmarks.FirstOrDefault(b => b.InstanceId == instanceId && b.Name == name && b.Key == key)
        ?? await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.InstanceId == instanceId && b.Name == name && b.Key == key, CancellationToken);

    private sealed record Step(string ActivityId, string? From, Resumption? Resumption);
}
