using Library.Digitization;
using Npgsql;

namespace Library.Tests.Scaling;

/// <summary>
/// Holds the next step of some requests' workflows at its commit: a transaction of the test's own locks their
/// workflow instances' rows, so a host running such a step (here, an expiry timer that fired) waits inside it until
/// the hold is released. A host can then be killed at the very moment it is in the middle of a timer's step.
/// </summary>
public sealed class HeldSteps : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HeldSteps(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<HeldSteps> HoldAsync(string connectionString, IReadOnlyCollection<Guid> requestIds)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            """SELECT count(*) FROM (SELECT 1 FROM workflow_instances WHERE "DefinitionId" = @definition AND "CorrelationId" = ANY(@requests) FOR UPDATE) AS held""",
            connection, transaction)
        {
            Parameters = { new("definition", DigitizationRequests.WorkflowId), new("requests", requestIds.Select(id => id.ToString()).ToArray()) },
        };
        var held = (long)(await command.ExecuteScalarAsync())!;
        if (held != requestIds.Count) throw new InvalidOperationException($"Held {held} of {requestIds.Count} requests' workflows.");
        return new HeldSteps(connection, transaction);
    }

    /// <summary>The application name (a host's name) of a session whose step waits on the hold, once one does.</summary>
    public async Task<string> WaitingHostAsync(TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        await using var command = new NpgsqlCommand(
            "SELECT application_name FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid)) LIMIT 1", _connection, _transaction);
        while (DateTime.UtcNow < deadline)
        {
            if (await command.ExecuteScalarAsync() is string host) return host;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No host's step waited on the held workflows within {bound.TotalSeconds} s.");
    }

    /// <summary>Lets the waiting steps go on (those of a host that died meanwhile are rolled back by the server).</summary>
    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
