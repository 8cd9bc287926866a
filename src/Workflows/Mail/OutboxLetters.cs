using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Workflows.Mail;

/// <summary>
/// The outbox for operators: the letters by state, those of one record, and what may be done to a failed letter. A
/// retry makes it pending again with its attempts counted afresh and wakes the dispatcher; a dismissal keeps it, failed
/// for good, for the record. Either is a step in the history of the instance that queued the letter, naming who took it.
/// </summary>
public sealed class OutboxLetters(WorkflowDbContext db, OutboxSignal signal, CommitGate gate, TimeProvider clock)
{
    /// <summary>How often a change is made again when a step of the letter's instance committed in between.</summary>
    private const int MaxTries = 5;

    /// <summary>Oldest first; every state when <paramref name="state"/> is null.</summary>
    public async Task<IReadOnlyList<OutboxLetter>> ListAsync(OutboxState? state, int limit, CancellationToken ct = default)
    {
        var rows = Rows();
        if (state is { } wanted) rows = rows.Where(r => r.Message.State == wanted);
        return await ReadAsync(rows.OrderBy(r => r.Message.CreatedAt).ThenBy(r => r.Message.Id).Take(limit), ct);
    }

    /// <summary>The letters queued by the instances serving <paramref name="correlationId"/>, oldest first.</summary>
    public Task<IReadOnlyList<OutboxLetter>> OfCorrelationAsync(string correlationId, CancellationToken ct = default) =>
        ReadAsync(Rows().Where(r => r.CorrelationId == correlationId).OrderBy(r => r.Message.CreatedAt).ThenBy(r => r.Message.Id), ct);

    /// <summary>Null when there is no letter <paramref name="id"/>.</summary>
    public async Task<OutboxLetterChange?> RetryAsync(Guid id, string actor, CancellationToken ct = default)
    {
        var change = await ChangeAsync(id, actor, "Retried", (message, now) =>
        {
            message.State = OutboxState.Pending;
            message.Attempts = 0;
            message.FailedAt = null;
            message.NextAttemptAt = now;
        }, ct);
        if (change is { Changed: true }) signal.Notify();
        return change;
    }

    /// <summary>Null when there is no letter <paramref name="id"/>.</summary>
    public Task<OutboxLetterChange?> DismissAsync(Guid id, string actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, "Dismissed", (message, _) => message.State = OutboxState.Dismissed, ct);

    private async Task<OutboxLetterChange?> ChangeAsync(Guid id, string actor, string outcome, Action<OutboxMessage, DateTime> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id && m.Kind == MailOutbox.Kind, ct);
            if (message is null) return null;
            var changed = message.State == OutboxState.Failed;
            if (changed)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var rows = new UnitRows();
                var instance = message.InstanceId is { } instanceId ? await RecordAsync(instanceId, actor, outcome, Note(message), now, rows, ct) : null;
                change(message, now);
                try
                {
                    await gate.CommitAsync(db, rows, ct);
                }
                catch (DbUpdateException e) when (attempt < MaxTries)
                {
                    if (e is not DbUpdateConcurrencyException && !await MovedOnAsync(instance, ct)) throw;
                    db.ChangeTracker.Clear();
                    continue;
                }
            }
            db.ChangeTracker.Clear();
            var letter = (await ReadAsync(Rows().Where(r => r.Message.Id == id), ct)).Single();
            return new OutboxLetterChange(letter, changed);
        }
    }

    /// <summary>
    /// The operator's act as a step of the instance that queued the letter, in the same transaction as the change: it
    /// takes the next number of the instance's history and moves the instance's version on, so that of this and a step
    /// committing at the same time, one is made again on the other's result. The entry goes in <paramref name="rows"/>, to commit with the change.
    /// </summary>
    private async Task<WorkflowInstance?> RecordAsync(Guid instanceId, string actor, string outcome, string note, DateTime now, UnitRows rows,
        CancellationToken ct)
    {
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null) return null;
        var state = InstanceState.Deserialize(instance.State);
        rows.History.Add(new HistoryEntry
        {
            InstanceId = instanceId,
            Sequence = ++state.HistoryLength,
            At = now,
            ActivityId = "outbox",
            ActivityType = "Outbox",
            Outcome = outcome,
            Actor = actor,
            Note = note,
        });
        instance.State = state.Serialize();
        instance.UpdatedAt = now;
        instance.Version++;
        return instance;
    }

    /// <summary>
    /// Whether a step of the instance committed since it was read: a race can surface as a clash of history numbers
    /// before the version is compared, depending on the order the provider writes rows in.
    /// </summary>
    private async Task<bool> MovedOnAsync(WorkflowInstance? instance, CancellationToken ct)
    {
        if (instance is null) return false;
        var read = db.Entry(instance).Property(i => i.Version).OriginalValue;
        return await db.Instances.AsNoTracking().AnyAsync(i => i.Id == instance.Id && i.Version != read, ct);
    }

    private static string Note(OutboxMessage message)
    {
        var email = MailOutbox.Read(message);
        return $"\"{email.Subject}\" to {string.Join(", ", email.To)}, failed after {message.Attempts} attempt(s): {message.LastError}";
    }

    /// <summary>Each letter with the definition and correlation id of the instance that queued it, where there is one.</summary>
    private IQueryable<LetterRow> Rows() =>
        from message in db.Outbox.AsNoTracking()
        where message.Kind == MailOutbox.Kind
        join instance in db.Instances on message.InstanceId equals (Guid?)instance.Id into queuedBy
        from instance in queuedBy.DefaultIfEmpty()
        select new LetterRow
        {
            Message = message,
            DefinitionId = instance == null ? null : instance.DefinitionId,
            CorrelationId = instance == null ? null : instance.CorrelationId,
        };

    private static async Task<IReadOnlyList<OutboxLetter>> ReadAsync(IQueryable<LetterRow> rows, CancellationToken ct) =>
        (await rows.ToListAsync(ct)).Select(row =>
        {
            var (message, email) = (row.Message, MailOutbox.Read(row.Message));
            return new OutboxLetter(message.Id, message.State, email.To, email.Subject, message.InstanceId, row.DefinitionId, row.CorrelationId,
                message.Attempts, message.LastError, message.CreatedAt, message.NextAttemptAt, message.SentAt, message.FailedAt);
        }).ToList();

    private sealed class LetterRow
    {
        public required OutboxMessage Message { get; init; }
        public string? DefinitionId { get; init; }
        public string? CorrelationId { get; init; }
    }
}
