using Library.Persistence;
using Library.Host.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Library.Host.Health;

/// <summary>Whether the database has every migration this build knows: code on an older schema is not ready to serve.</summary>
internal sealed class PendingMigrationsCheck(LibraryDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await SchemaMigrations.PendingAsync(db, cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy("every migration is applied")
            : new HealthCheckResult(context.Registration.FailureStatus, $"pending migrations: {string.Join(", ", pending)}");
    }
}
