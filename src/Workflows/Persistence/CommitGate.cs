using Microsoft.EntityFrameworkCore;

namespace Workflows.Persistence;

/// <summary>
/// The way a unit of work's tracked changes reach the database. When this returns, the changes are committed and
/// accepted by the context; when it throws, nothing of them is committed and the context still tracks them.
/// </summary>
public abstract class CommitGate
{
    /// <summary>For databases that take concurrent writers (PostgreSQL): each unit commits on its own.</summary>
    public static CommitGate Open { get; } = new DirectCommit();

    /// <summary>For databases that admit one writer at a time (SQLite): units waiting together share one commit.</summary>
    public static CommitGate OneWriter() => new GroupCommit();

    public abstract Task CommitAsync(DbContext db, CancellationToken ct);

    private sealed class DirectCommit : CommitGate
    {
        public override Task CommitAsync(DbContext db, CancellationToken ct) => db.SaveChangesAsync(ct);
    }
}
