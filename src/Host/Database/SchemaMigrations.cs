using Library.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Library.Host.Database;

/// <summary>
/// Brings the database's schema to the one this release needs, at start-up (<c>Database:Migrate=true</c>, the
/// default) or by the <c>migrate</c> command; with <c>Database:Migrate=false</c> a database that needs migrating
/// stops start-up instead, naming the migrations and the command.
/// </summary>
public static class SchemaMigrations
{
    public static async Task PrepareAsync(IServiceProvider services, bool migrate, ILogger logger, CancellationToken ct = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.Provider == DatabaseProvider.Sqlite) CreateFolderOf(options.ConnectionString);

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var name = DatabaseName(options);
        if (await UnversionedSchema.AdoptAsync(db, name, ct))
            logger.LogWarning("The database {Database} was made before schema migrations; it is now recorded as at the first migration", name);

        var pending = await PendingAsync(db, ct);
        if (pending.Count > 0 && !migrate)
            throw new DatabaseNotReadyException(
                $"The database {name} needs the migrations {string.Join(", ", pending)}, and Database:Migrate is false. " +
                "Back it up, then apply them with `dotnet Library.Host.dll migrate` (or `./run.sh migrate`), or start once with Database:Migrate=true.");
        if (pending.Count > 0)
        {
            // Made first for the same reason: EF Core reads it before making it, logging a failed command.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
            await db.Database.MigrateAsync(ct);
            logger.LogInformation("Applied the migrations {Migrations} to {Database}", pending, name);
        }

        // Write-ahead logging lets readers go on while a step commits; it is a property of the file, set once.
        if (options.Provider == DatabaseProvider.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>
    /// The migrations this release has that the database lacks. The history table is looked for first: EF Core's own
    /// check reads it regardless, which on a new PostgreSQL database logs a failed command at every first start.
    /// </summary>
    public static async Task<List<string>> PendingAsync(LibraryDbContext db, CancellationToken ct)
    {
        var applied = (await UnversionedSchema.TablesAsync(db, ct)).Contains(HistoryRepository.DefaultTableName)
            ? (await db.GetService<IHistoryRepository>().GetAppliedMigrationsAsync(ct)).Select(m => m.MigrationId).ToHashSet()
            : [];
        return db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
    }

    /// <summary>The database as an operator knows it, without the password.</summary>
    public static string DatabaseName(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => Path.GetFullPath(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource),
        _ => new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString) is var pg ? $"{pg.Database} on {pg.Host}:{pg.Port}" : "",
    };

    private static void CreateFolderOf(string connectionString)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
