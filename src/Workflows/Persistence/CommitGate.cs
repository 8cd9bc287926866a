using Microsoft.EntityFrameworkCore;

namespace Workflows.Persistence;

/// <summary>
/// The way a unit of work's tracked changes, and the rows it keeps itself (<see cref="UnitRows"/>), reach the database.
/// When this returns, both are committed and the changes accepted by the context; when it throws, nothing of them is
/// committed and the context still tracks the changes.
/// </summary>
public abstract class CommitGate
{
    /// <summary>For databases that take concurrent writers (PostgreSQL): each unit commits on its own.</summary>
    public static CommitGate Open { get; } = new DirectCommit();

    /// <summary>For databases that admit one writer at a time (SQLite): units waiting together share one commit.</summary>
    public static CommitGate OneWriter() => new GroupCommit();

    public Task CommitAsync(DbContext db, CancellationToken ct) => CommitAsync(db, new UnitRows(), ct);

    internal abstract Task CommitAsync(DbContext db, UnitRows rows, CancellationToken ct);

    private sealed class DirectCommit : CommitGate
    {
        internal override async Task CommitAsync(DbContext db, UnitRows rows, CancellationToken ct)
        {
            if (rows.IsEmpty)
            {
                await db.SaveChangesAsync(ct);
                return;
            }

            // The changes and the rows commit together: in the caller's transaction if there is one, else in the unit's own.
            var database = db.Database;
            await using var own = database.CurrentTransaction is null ? await database.BeginTransactionAsync(ct) : null;
            var savepoints = database.AutoSavepointsEnabled;
            // A failure rolls the unit's own transaction back whole, so a savepoint in it would only cost statements.
            database.AutoSavepointsEnabled = savepoints && own is null;
            try
            {
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                await rows.WriteAsync(db, ct);
                if (own is not null) await own.CommitAsync(ct);
            }
            finally
            {
                database.AutoSavepointsEnabled = savepoints;
            }
            db.ChangeTracker.AcceptAllChanges();
        }
    }
}
