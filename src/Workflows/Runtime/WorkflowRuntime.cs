using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Diagnostics;
using Workflows.Expressions;
using Workflows.Http;
using Workflows.Mail;
using Workflows.Persistence;
using Workflows.Timers;

namespace Workflows.Runtime;

/// <summary>
/// The runtime's whole surface for callers: start an instance, resume a bookmark, retry a faulted step, record an
/// action done outside the flow. Each start, resume or retry runs the instance until every active branch waits or ends
/// and commits once, together with whatever the caller's scope has tracked in the same <see cref="WorkflowDbContext"/>.
/// </summary>
public sealed partial class WorkflowRuntime(
    WorkflowDbContext db,
    WorkflowDefinitionStore definitions,
    ExpressionEvaluator expressions,
    IServiceProvider services,
    TimeProvider clock,
    TimerScheduler timers,
    OutboxSignal outbox,
    HttpDeliverySignal posts,
    CommitGate gate,
    ILogger<WorkflowRuntime> logger)
{
    /// <summary>How often a resume is retried when another resume of the same instance committed first.</summary>
    private const int MaxAttempts = 5;

    public async Task<StartResult> StartAsync(string definitionId, JsonObject? input, string? correlationId, string actor, CancellationToken ct = default)
    {
        using var span = WorkflowTelemetry.StartWorkflow(definitionId);
        var definition = await definitions.GetActiveAsync(definitionId, ct)
                         ?? throw new InvalidOperationException($"No active version of workflow definition '{definitionId}'.");
        return await StartAndCommitAsync(span, actor, execution => execution.StartAsync(definition, input, correlationId), bookmarkName: null, ct);
    }

    /// <summary>Runs a new instance until it waits or ends and commits it; a step that faults leaves nothing behind.</summary>
    private async Task<StartResult> StartAndCommitAsync(
        System.Diagnostics.Activity? span, string actor, Func<WorkflowExecution, Task<WorkflowInstance>> start, string? bookmarkName, CancellationToken ct)
    {
        var execution = NewExecution(actor, ct);
        try
        {
            var instance = await start(execution);
            WorkflowTelemetry.Describe(span, instance.Id, instance.DefinitionId, bookmarkName);
            await CommitAsync(execution, ct);
            return new StartResult(instance.Id, instance.Status);
        }
        catch (ActivityFaultException fault)
        {
            WorkflowTelemetry.Faulted(fault);
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Resumes the oldest bookmark waiting on (<paramref name="name"/>, <paramref name="key"/>). A caller names a wait,
    /// not one bookmark: when a concurrent resume consumed the bookmark found and the flow waits there again (a loop,
    /// such as attaching one file after another), this resume takes the new bookmark instead of answering a conflict.
    /// </summary>
    public async Task<ResumeResult> ResumeAsync(string name, string key, JsonObject? payload, string actor, CancellationToken ct = default)
    {
        using var span = WorkflowTelemetry.ResumeWorkflow(name);
        var tried = new HashSet<Guid>();
        while (true)
        {
            var found = await OldestByNameAndKey(db, name, key, ct);
            // A bookmark tried before and found again lost to a resume that has not committed yet: a real conflict.
            if (found is not null && !tried.Add(found.Bookmark.Id))
            {
                db.ChangeTracker.Clear();
                found = null;
            }
            if (found is null && tried.Count > 0) return ResumeResult.Conflict;
            var result = await ResumeFoundAsync(span, found, payload, actor, ct);
            if (result.Status != ResumeStatus.Conflict) return result;
        }
    }

    /// <summary>
    /// Resumes the bookmark (<paramref name="name"/>, <paramref name="key"/>) of one instance, for a wait whose key other
    /// instances may share (several requests waiting for one item's scan) when the caller means this instance's.
    /// </summary>
    public async Task<ResumeResult> ResumeAsync(Guid instanceId, string name, string key, JsonObject? payload, string actor, CancellationToken ct = default)
    {
        var bookmarkId = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId && b.Name == name && b.Key == key)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        return bookmarkId is { } id ? await ResumeAsync(id, payload, actor, ct) : ResumeResult.NotFound;
    }

    public async Task<ResumeResult> ResumeAsync(Guid bookmarkId, JsonObject? payload, string actor, CancellationToken ct = default)
    {
        using var span = WorkflowTelemetry.ResumeWorkflow(bookmarkName: null);
        return await ResumeFoundAsync(span, await ById(db, bookmarkId, ct), payload, actor, ct);
    }

    private async Task<ResumeResult> ResumeFoundAsync(Activity? span, BookmarkWithInstance? found, JsonObject? payload, string actor, CancellationToken ct)
    {
        var result = ResumeResult.NotFound;
        if (found is not null)
        {
            WorkflowTelemetry.Describe(span, found.Instance.Id, found.Instance.DefinitionId, found.Bookmark.Name);
            result = await ResumeAsync(found.Bookmark, payload, actor, ct);
        }
        WorkflowTelemetry.Resumed(result.Status);
        return result;
    }

    /// <summary>The instances of <paramref name="definitionId"/> on one of <paramref name="versions"/> that have not ended, oldest first.</summary>
    public async Task<IReadOnlyList<RunningInstance>> RunningOnAsync(string definitionId, IReadOnlyCollection<int> versions, CancellationToken ct = default) =>
        await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && versions.Contains(i.DefinitionVersion)
                        && i.Status != WorkflowStatus.Finished && i.Status != WorkflowStatus.Cancelled)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new RunningInstance(i.Id, i.CorrelationId)).ToListAsync(ct);

    /// <summary>
    /// Moves a running instance onto <paramref name="version"/> of its definition, a state machine, at
    /// <paramref name="status"/>, in one commit: what an upgrade does to instances whose version cannot run any more.
    /// Its old bookmarks go (their timers unscheduled), the status's open actions and timers become its wait, and one
    /// history entry says where it was moved. An unknown status or version, or one that is not a state machine, is
    /// refused with <see cref="ArgumentException"/> and nothing changes.
    /// </summary>
    /// <param name="remembered">The statuses "$interrupted" returns to, latest first.</param>
    /// <param name="variables">Set over the version's defaults, for the timers the status reads.</param>
    public async Task MoveToStateMachineAsync(Guid instanceId, int version, string status, IReadOnlyList<string> remembered,
        JsonObject variables, string actor, CancellationToken ct = default)
    {
        var definitionId = await db.Instances.Where(i => i.Id == instanceId).Select(i => i.DefinitionId).FirstOrDefaultAsync(ct)
                           ?? throw new InvalidOperationException($"Instance {instanceId} does not exist.");
        var target = await definitions.GetAsync(definitionId, version, ct)
                     ?? throw new ArgumentException($"Workflow definition '{definitionId}' has no version {version}.", nameof(version));
        var execution = NewExecution(actor, ct);
        try
        {
            await execution.MoveAsync(instanceId, target, status, remembered, variables);
            await CommitAsync(execution, ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Marks a running instance Faulted because it could not be moved onto <paramref name="version"/> (the move was refused
    /// or failed, or its caller could not say where to move it), so an upgrade that meets one bad instance goes on with
    /// the others and the bad one shows among the faulted. Nothing else changes: it stays on its version with its waits,
    /// so a later move may still take it, and a move that succeeds ends the incident. A retry does not redo a move.
    /// </summary>
    public async Task FaultMoveAsync(Guid instanceId, int version, string reason, string actor, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct)
                       ?? throw new InvalidOperationException($"Instance {instanceId} does not exist.");
        var now = clock.GetUtcNow().UtcDateTime;
        instance.Status = WorkflowStatus.Faulted;
        instance.Fault = $"{WorkflowExecution.MovedId} ({WorkflowExecution.MovedType}): not moved from version {instance.DefinitionVersion} to version {version}: {reason}";
        instance.Incident = new FaultedStep { ActivityId = WorkflowExecution.MovedId, ActivityType = WorkflowExecution.MovedType, At = now, Actor = actor };
        instance.UpdatedAt = now;
        instance.Version++;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Writes <paramref name="action"/> into the history of the oldest instance of <paramref name="definitionId"/>
    /// serving <paramref name="correlationId"/> (the one <see cref="Traces.WorkflowTraces.FindAsync"/> shows), under the
    /// next sequence number, without running the instance. It commits as a step does, bumping the instance's concurrency
    /// token, so a step and a record that read the same state never both commit: the one that lost reads again. A record
    /// tries until it commits, since each loss means another unit of that instance committed.
    /// </summary>
    /// <remarks>
    /// <paramref name="alongside"/> makes the caller's own changes on this context before each try, so they commit with
    /// the entry or not at all; a lost try clears the context and makes them again on what is there now. When it answers
    /// false (what it was to change is gone) nothing is recorded, and neither is this call: it answers false.
    /// </remarks>
    public async Task<bool> RecordAsync(string correlationId, string definitionId, RecordedAction action, string actor, CancellationToken ct = default,
        Func<CancellationToken, Task<bool>>? alongside = null)
    {
        while (true)
        {
            if (alongside is not null && !await alongside(ct)) return false;
            var instance = await db.Instances
                               .Where(i => i.CorrelationId == correlationId && i.DefinitionId == definitionId)
                               .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).FirstOrDefaultAsync(ct)
                           ?? throw new InvalidOperationException($"No instance of '{definitionId}' serves '{correlationId}'.");
            var loadedVersion = instance.Version;
            var state = InstanceState.Deserialize(instance.State);
            var rows = new UnitRows();
            rows.History.Add(new HistoryEntry
            {
                InstanceId = instance.Id,
                Sequence = ++state.HistoryLength,
                At = clock.GetUtcNow().UtcDateTime,
                ActivityId = action.ActivityId,
                ActivityType = action.ActivityType,
                Outcome = action.Outcome,
                Actor = actor,
                Note = action.Note,
            });
            instance.State = state.Serialize();
            instance.Version++;
            try
            {
                await gate.CommitAsync(db, rows, ct);
                return true;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (!await ChangedSinceAsync(instance.Id, loadedVersion, ct)) throw;
                logger.LogDebug("Recording on instance {Instance} retried after a concurrent update", instance.Id);
            }
        }
    }

    // A bookmark is read together with its instance in one round trip; both stay tracked, so the run that follows
    // finds the instance without another query. Compiled once: a resume's lookup is on every trigger's path.
    private static readonly Func<WorkflowDbContext, string, string, CancellationToken, Task<BookmarkWithInstance?>> OldestByNameAndKey =
        EF.CompileAsyncQuery((WorkflowDbContext db, string name, string key, CancellationToken _) =>
            db.Bookmarks.Where(b => b.Name == name && b.Key == key)
                .Join(db.Instances, b => b.InstanceId, i => i.Id, (b, i) => new BookmarkWithInstance { Bookmark = b, Instance = i })
                .OrderBy(x => x.Bookmark.CreatedAt).ThenBy(x => x.Bookmark.Id)
                .FirstOrDefault());

    private static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<BookmarkWithInstance?>> ById =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken _) =>
            db.Bookmarks.Where(b => b.Id == id)
                .Join(db.Instances, b => b.InstanceId, i => i.Id, (b, i) => new BookmarkWithInstance { Bookmark = b, Instance = i })
                .FirstOrDefault());

    private sealed class BookmarkWithInstance
    {
        public required Bookmark Bookmark { get; init; }
        public required WorkflowInstance Instance { get; init; }
    }

    private async Task<ResumeResult> ResumeAsync(Bookmark bookmark, JsonObject? payload, string actor, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var execution = NewExecution(actor, ct);
            try
            {
                var instance = await execution.ResumeAsync(bookmark, payload);
                if (instance is null)
                {
                    db.ChangeTracker.Clear();
                    return ResumeResult.Conflict;
                }
                await CommitAsync(execution, ct);
                return new ResumeResult(ResumeStatus.Resumed, instance.Id, instance.Status, CorrelationId: instance.CorrelationId);
            }
            catch (DbUpdateException e)
            {
                if (e is not DbUpdateConcurrencyException && !await IsStaleAsync(execution, ct)) throw;
                db.ChangeTracker.Clear();
                // Another resume of this instance committed first. If it consumed our bookmark, we lost;
                // if it consumed another one, run again on the fresh state.
                var stillThere = await db.Bookmarks.AnyAsync(b => b.Id == bookmark.Id, ct);
                if (!stillThere || attempt == MaxAttempts) return ResumeResult.Conflict;
                logger.LogDebug("Resume of bookmark {Bookmark} retried after a concurrent update", bookmark.Id);
            }
            catch (ResumptionDeclinedException declined)
            {
                db.ChangeTracker.Clear();
                return new ResumeResult(ResumeStatus.Declined, bookmark.InstanceId, Reason: declined.Message);
            }
            catch (ActivityFaultException fault)
            {
                WorkflowTelemetry.Faulted(fault);
                db.ChangeTracker.Clear();
                await MarkFaultedAsync(fault, bookmark.InstanceId, new FaultedResumption(bookmark.Id, payload, actor), retriedBy: null, ct);
                throw;
            }
        }
    }

    /// <summary>
    /// Runs the step that faulted the instance again, once its cause is fixed: the same resumption (bookmark and payload)
    /// in the name of whoever made it, with an entry naming <paramref name="actor"/> as who retried. Steps the faulted
    /// unit ran before the failing activity were rolled back with it, so they run again too. A retry that faults again
    /// throws <see cref="ActivityFaultException"/>, and the instance stays Faulted with the attempt in its history.
    /// </summary>
    public async Task<RetryResult> RetryAsync(Guid instanceId, string actor, CancellationToken ct = default)
    {
        using var span = WorkflowTelemetry.RetryWorkflow(instanceId);
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null) return RetryResult.NotFound;
        WorkflowTelemetry.Describe(span, instance.Id, instance.DefinitionId, bookmarkName: null);
        if (instance.Incident is not { } incident)
        {
            db.ChangeTracker.Clear();
            return new RetryResult(RetryStatus.NotFaulted, instance.Status, instance.Status != WorkflowStatus.Faulted ? null
                : InstanceState.Deserialize(instance.State).Waits.Count == 0 ? "its definition ended it as faulted (a Fault activity); there is no step to retry"
                : "it faulted before failed steps were recorded for retrying; resume it by its trigger");
        }

        if (incident is { ActivityId: WorkflowExecution.MovedId, ActivityType: WorkflowExecution.MovedType })
        {
            db.ChangeTracker.Clear();
            return new RetryResult(RetryStatus.NotRetriable, instance.Status,
                "faulted moving onto another version, which a retry does not redo: fix the cause its fault names, and the upgrade that moves it will move it again");
        }
        var bookmark = await db.Bookmarks.FirstOrDefaultAsync(b => b.Id == incident.BookmarkId, ct);
        var payload = incident.Payload is null ? null : JsonNode.Parse(incident.Payload)!.AsObject();
        var execution = NewExecution(incident.Actor, ct);
        try
        {
            if (await execution.RetryAsync(instance.Id, bookmark, payload, actor) is null)
            {
                db.ChangeTracker.Clear();
                return RetryResult.Conflict;
            }
            await CommitAsync(execution, ct);
            return new RetryResult(RetryStatus.Retried, instance.Status);
        }
        catch (DbUpdateException e)
        {
            if (e is not DbUpdateConcurrencyException && !await IsStaleAsync(execution, ct)) throw;
            db.ChangeTracker.Clear();
            return RetryResult.Conflict;
        }
        catch (ResumptionDeclinedException declined)
        {
            db.ChangeTracker.Clear();
            return new RetryResult(RetryStatus.Declined, WorkflowStatus.Faulted, declined.Message);
        }
        catch (ActivityFaultException fault)
        {
            WorkflowTelemetry.Faulted(fault);
            db.ChangeTracker.Clear();
            await MarkFaultedAsync(fault, instance.Id, new FaultedResumption(incident.BookmarkId, payload, incident.Actor), retriedBy: actor, ct);
            throw;
        }
    }

    /// <summary>The resumption a faulted step ran in: what a retry runs again.</summary>
    private sealed record FaultedResumption(Guid BookmarkId, JsonObject? Payload, string Actor);

    /// <summary>
    /// Whether an instance this unit loaded was changed by another commit since. A concurrent commit can surface
    /// as a unique-key clash (two units appending the same history sequence number) before the instance's
    /// concurrency token is checked, depending on the order the provider writes the rows in.
    /// </summary>
    private async Task<bool> IsStaleAsync(WorkflowExecution execution, CancellationToken ct)
    {
        foreach (var entity in execution.Instances)
        {
            var entry = db.Entry(entity);
            if (entry.State == EntityState.Added) continue;
            if (await ChangedSinceAsync(entity.Id, entry.Property(i => i.Version).OriginalValue, ct)) return true;
        }
        return false;
    }

    private async Task<bool> ChangedSinceAsync(Guid instanceId, int loadedVersion, CancellationToken ct) =>
        await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.Version).FirstOrDefaultAsync(ct) != loadedVersion;

    private WorkflowExecution NewExecution(string actor, CancellationToken ct) =>
        new(db, definitions, expressions, services, clock, logger, actor, ct);

    private async Task CommitAsync(WorkflowExecution execution, CancellationToken ct)
    {
        execution.PrepareCommit();
        var committing = Stopwatch.GetTimestamp();
        await gate.CommitAsync(db, execution.Rows, ct);
        WorkflowTelemetry.Committed(Stopwatch.GetElapsedTime(committing));
        foreach (var timer in execution.NewTimers)
            await timers.ScheduleAsync(timer.Id, timer.DueAt!.Value, ct);
        if (execution.EmailQueued) outbox.Notify();
        if (execution.HttpQueued) posts.Notify();
        var cancellations = execution.CancelledTimers.Select(id => (Func<CancellationToken, Task>)(token => timers.CancelAsync(id, token)));
        foreach (var work in cancellations.Concat(execution.AfterCommit))
        {
            try
            {
                await work(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Work after commit failed; the committed step stands");
            }
        }
    }

    /// <summary>
    /// In a transaction of its own, since the step's was rolled back; the bookmark stays for a retry, and the incident
    /// says how to make it. A fault in a child started by this step leaves no child row behind, so the resumed instance
    /// carries the fault instead. A retry that failed is recorded in the history, naming <paramref name="retriedBy"/>.
    /// </summary>
    private async Task MarkFaultedAsync(ActivityFaultException fault, Guid resumedInstanceId, FaultedResumption resumption, string? retriedBy, CancellationToken ct)
    {
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == fault.InstanceId, ct)
                       ?? await db.Instances.FirstOrDefaultAsync(i => i.Id == resumedInstanceId, ct);
        if (instance is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var message = fault.InnerException?.Message;
        instance.Status = WorkflowStatus.Faulted;
        instance.Fault = $"{fault.ActivityId} ({fault.ActivityType}): {message}";
        instance.Incident = new FaultedStep
        {
            ActivityId = fault.ActivityId, ActivityType = fault.ActivityType, At = now,
            BookmarkId = resumption.BookmarkId, Payload = resumption.Payload?.ToJsonString(), Actor = resumption.Actor,
        };
        if (retriedBy is not null)
        {
            var state = InstanceState.Deserialize(instance.State);
            db.History.Add(HistoryEntry.Next(instance.Id, state, now, retriedBy, fault.ActivityId, fault.ActivityType,
                RetryResult.FaultedOutcome, $"retry failed: {message}"));
            instance.State = state.Serialize();
        }
        instance.UpdatedAt = now;
        instance.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else moved the instance on; their state stands.
        }
        db.ChangeTracker.Clear();
    }
}
