using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Diagnostics;
using Workflows.Expressions;
using Workflows.Mail;
using Workflows.Persistence;
using Workflows.Timers;

namespace Workflows.Runtime;

/// <summary>
/// The runtime's whole surface for callers: start an instance, resume a bookmark. Each call runs the instance
/// until every active branch waits or ends and commits once, together with whatever the caller's scope has
/// tracked in the same <see cref="WorkflowDbContext"/>.
/// </summary>
public sealed class WorkflowRuntime(
    WorkflowDbContext db,
    WorkflowDefinitionStore definitions,
    ExpressionEvaluator expressions,
    IServiceProvider services,
    TimeProvider clock,
    TimerScheduler timers,
    OutboxSignal outbox,
    CommitGate gate,
    ILogger<WorkflowRuntime> logger)
{
    /// <summary>How often a resume is retried when another resume of the same instance committed first.</summary>
    private const int MaxAttempts = 5;

    public async Task<StartResult> StartAsync(string definitionId, JsonObject? input, string? correlationId, string actor, CancellationToken ct = default)
    {
        using var span = WorkflowTelemetry.StartWorkflow(definitionId);
        var definition = await definitions.GetLatestAsync(definitionId, ct)
                         ?? throw new InvalidOperationException($"No published workflow definition '{definitionId}'.");
        var execution = NewExecution(actor, ct);
        try
        {
            var instance = await execution.StartAsync(definition, input, correlationId);
            WorkflowTelemetry.Describe(span, instance.Id, definitionId, bookmarkName: null);
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
                await MarkFaultedAsync(fault, bookmark.InstanceId, ct);
                throw;
            }
        }
    }

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
            var loadedVersion = entry.Property(i => i.Version).OriginalValue;
            var committedVersion = await db.Instances.AsNoTracking().Where(i => i.Id == entity.Id).Select(i => i.Version).FirstOrDefaultAsync(ct);
            if (committedVersion != loadedVersion) return true;
        }
        return false;
    }

    private WorkflowExecution NewExecution(string actor, CancellationToken ct) =>
        new(db, definitions, expressions, services, clock, logger, actor, ct);

    private async Task CommitAsync(WorkflowExecution execution, CancellationToken ct)
    {
        execution.PrepareCommit();
        var committing = Stopwatch.GetTimestamp();
        await gate.CommitAsync(db, ct);
        WorkflowTelemetry.Committed(Stopwatch.GetElapsedTime(committing));
        foreach (var timer in execution.NewTimers)
            await timers.ScheduleAsync(timer.Id, timer.DueAt!.Value, ct);
        if (execution.EmailQueued) outbox.Notify();
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
    /// In a transaction of its own, since the step's was rolled back; the bookmark stays for a retry. A fault in a
    /// child started by this step leaves no child row behind, so the resumed instance carries the fault instead.
    /// </summary>
    private async Task MarkFaultedAsync(ActivityFaultException fault, Guid resumedInstanceId, CancellationToken ct)
    {
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == fault.InstanceId, ct)
                       ?? await db.Instances.FirstOrDefaultAsync(i => i.Id == resumedInstanceId, ct);
        if (instance is null) return;
        instance.Status = WorkflowStatus.Faulted;
        instance.Fault = $"{fault.ActivityId} ({fault.ActivityType}): {fault.InnerException?.Message}";
        instance.UpdatedAt = clock.GetUtcNow().UtcDateTime;
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
