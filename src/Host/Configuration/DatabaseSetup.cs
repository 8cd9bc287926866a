using Library.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Library.Host.Configuration;

/// <summary>Chooses the database from configuration and prepares it at start-up.</summary>
public static class DatabaseSetup
{
    public const string SqliteProvider = "Sqlite";
    public const string DefaultConnectionString = "Data Source=data/workflows.db";

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("Workflows") ?? DefaultConnectionString;

    public static string Provider(this IConfiguration configuration) =>
        configuration["Database:Provider"] ?? SqliteProvider;

    public static IHostApplicationBuilder AddLibraryDatabase(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration.Provider();
        var connectionString = builder.Configuration.ConnectionString();
        if (!string.Equals(provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; the supported provider is '{SqliteProvider}'.");

        // Pooled: a resume creates a context per call, and building one is a visible share of its cost.
        builder.Services.AddDbContextPool<LibraryDbContext>(o => o.UseSqlite(connectionString));
        builder.Services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<LibraryDbContext>());
        builder.Services.AddSingleton<CommitGate>(_ => CommitGate.OneWriter());
        return builder;
    }

    /// <summary>Creates the database file and its schema on first run; later runs find them and change nothing.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        var file = new SqliteConnectionStringBuilder(configuration.ConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        await db.Database.EnsureCreatedAsync(ct);
        // Write-ahead logging lets readers go on while a step commits; it is a property of the file, set once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
