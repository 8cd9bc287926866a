using Library.Host.Database;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflows.Persistence;

namespace Library.Host.Configuration;

/// <summary>Chooses the database from configuration (<see cref="DatabaseOptions"/>).</summary>
public static class DatabaseSetup
{
    public static IHostApplicationBuilder AddLibraryDatabase(this IHostApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<TimeProvider>(new MicrosecondClock());
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddLibraryContext<SqliteLibraryDbContext>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(new SqliteUnicodeCase()));
                // SQLite admits one writer: units of work share its commits.
                builder.Services.AddSingleton<CommitGate>(_ => CommitGate.OneWriter());
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddLibraryContext<PostgresLibraryDbContext>(o => o.UseNpgsql(database.ConnectionString));
                break;
        }
        builder.Services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<LibraryDbContext>());
        return builder;
    }

    /// <summary>The engine's own context, resolved as <see cref="LibraryDbContext"/> by everything else.</summary>
    private static void AddLibraryContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> options)
        where TContext : LibraryDbContext
    {
        // Pooled: a resume creates a context per call, and building one is a visible share of its cost.
        services.AddDbContextPool<TContext>(o =>
        {
            options(o);
            // A save that fails is answered by its caller: a lost race is retried or answered 409, anything else ends
            // in a logged 500. EF Core's own error line with its stack trace would add noise to every race between hosts.
            o.ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug)));
        });
        services.AddScoped<LibraryDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
