using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Persistence;

/// <summary>
/// One writer for a database that admits one: units of work queue here, and the writer saves every unit waiting
/// in one transaction on its own connection, then commits once. A unit whose save fails fails alone: the others
/// are saved again without it. A failed commit fails the whole group. Every unit is answered only after the
/// commit, so an acknowledged step is durable and a retry reads committed state.
/// </summary>
/// <remarks>
/// Waiting callers share the commit's cost (one journal sync for the group) instead of queueing for a sync each.
/// A caller alone gets a group of one, with no added wait.
/// </remarks>
public sealed class GroupCommit : CommitGate, IAsyncDisposable, IDisposable
{
    /// <summary>Bounds a group so one commit's latency stays short under a burst.</summary>
    private const int MaxGroup = 64;

    private readonly Channel<PendingUnit> _queue = Channel.CreateUnbounded<PendingUnit>();
    private readonly Lock _startLock = new();
    private Task? _writer;
    private DbConnection? _connection;

    /// <summary>Units waiting for the writer right now.</summary>
    public int Queued => _queue.Reader.Count;

    internal override async Task CommitAsync(DbContext db, UnitRows rows, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var unit = new PendingUnit(db, rows);
        EnsureWriter();
        await _queue.Writer.WriteAsync(unit, CancellationToken.None);
        // Not cancellable: the writer may be using this context; the caller gets its answer once the group is done.
        await unit.Done.Task;
        db.ChangeTracker.AcceptAllChanges();
    }

    private void EnsureWriter()
    {
        if (_writer is not null) return;
        // The writer serves every caller, so it must not carry the first caller's execution context along.
        lock (_startLock)
            using (ExecutionContext.SuppressFlow())
                _writer ??= Task.Run(WriteGroupsAsync);
    }

    private async Task WriteGroupsAsync()
    {
        var group = new List<PendingUnit>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var unit)) group.Add(unit);
            await WriteAsync(group);
            group.Clear();
        }
    }

    private async Task WriteAsync(List<PendingUnit> group)
    {
        try
        {
            var connection = await OpenAsync(group[0].Db);
            var saving = new List<PendingUnit>(group);
            while (saving.Count > 0 && !await TrySaveAllAsync(saving, connection)) saving.RemoveAll(u => u.Failure is not null);
        }
        catch (Exception e)
        {
            await CloseAsync();
            foreach (var unit in group) unit.Failure ??= e;
        }
        foreach (var unit in group)
        {
            if (unit.Failure is null) unit.Done.TrySetResult();
            else unit.Done.TrySetException(unit.Failure);
        }
    }

    /// <summary>
    /// Saves the units in one transaction and commits it. When a unit's save fails, the transaction is rolled
    /// back whole and false returned, so the others are saved again without it: a failed save can leave part of
    /// its statements applied, and rolling back is cheaper than a savepoint around every unit, since failures
    /// (lost races) are rare and savepoints cost two statements per unit.
    /// </summary>
    private static async Task<bool> TrySaveAllAsync(List<PendingUnit> units, DbConnection connection)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var unit in units)
        {
            if (await TrySaveAsync(unit, connection, transaction)) continue;
            await transaction.RollbackAsync();
            return false;
        }
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// Saves one unit's changes and rows inside the group's transaction, leaving the changes unaccepted until the
    /// commit; a unit saved again after a rollback writes both again.
    /// </summary>
    private static async Task<bool> TrySaveAsync(PendingUnit unit, DbConnection connection, DbTransaction transaction)
    {
        var database = unit.Db.Database;
        var connectionString = database.GetConnectionString();
        var savepoints = database.AutoSavepointsEnabled;
        database.SetDbConnection(connection);
        try
        {
            await database.UseTransactionAsync(transaction);
            database.AutoSavepointsEnabled = false;
            await unit.Db.SaveChangesAsync(acceptAllChangesOnSuccess: false);
            await unit.Rows.WriteAsync(unit.Db, CancellationToken.None);
            return true;
        }
        catch (DbUpdateException e)
        {
            unit.Failure = e;
            return false;
        }
        finally
        {
            database.AutoSavepointsEnabled = savepoints;
            await database.UseTransactionAsync(null);
            database.SetDbConnection(null);
            database.SetConnectionString(connectionString);
        }
    }

    private async Task<DbConnection> OpenAsync(DbContext template)
    {
        if (_connection is not null) return _connection;
        var own = template.Database.GetDbConnection();
        var connection = DbProviderFactories.GetFactory(own)?.CreateConnection()
                         ?? throw new InvalidOperationException($"{own.GetType().Name} names no provider factory to open the writer's connection with.");
        connection.ConnectionString = template.Database.GetConnectionString();
        await connection.OpenAsync();
        return _connection = connection;
    }

    private async Task CloseAsync()
    {
        if (_connection is null) return;
        await _connection.DisposeAsync();
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is not null) await _writer;
        await CloseAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed class PendingUnit(DbContext db, UnitRows rows)
    {
        public DbContext Db { get; } = db;
        public UnitRows Rows { get; } = rows;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Exception? Failure { get; set; }
    }
}
