namespace Workflows.Persistence;

/// <summary>
/// Lets one commit at a time into the database from this process when the database itself admits one writer
/// (SQLite). Waiting here costs nothing; a writer that finds SQLite's lock taken is put to sleep by the driver for
/// 150 ms before it tries again, which is what made tail latencies under concurrent load.
/// </summary>
public sealed class CommitGate
{
    private readonly SemaphoreSlim? _gate;

    private CommitGate(SemaphoreSlim? gate) => _gate = gate;

    /// <summary>For databases that take concurrent writers (PostgreSQL).</summary>
    public static CommitGate Open { get; } = new(null);

    public static CommitGate OneWriter() => new(new SemaphoreSlim(1, 1));

    public async Task<T> CommitAsync<T>(Func<Task<T>> commit, CancellationToken ct)
    {
        if (_gate is null) return await commit();
        await _gate.WaitAsync(ct);
        try
        {
            return await commit();
        }
        finally
        {
            _gate.Release();
        }
    }
}
