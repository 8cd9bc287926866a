using Library.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0 && !migrate)
            throw new DatabaseNotReadyException(
                $"The database {name} needs the migrations {string.Join(", ", pending)}, and Database:Migrate is false. " +
                "Back it up, then apply them with `dotnet Library.Host.dll migrate` (or `./run.sh migrate`), or start once with Database:Migrate=true.");
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
            logger.LogInformation("Applied the migrations {Migrations} to {Database}", pending, name);
        }

        // Write-ahead logging lets readers go on while a step commits; it is a property of the file, set once.
        if (options.Provider == DatabaseProvider.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
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
