using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Tests.Upgrades;

/// <summary>
/// Every schema change is a migration, for both engines: a model changed without one would leave a database that start-up
/// calls up to date yet lacks what the code needs.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void Each_engine_s_migrations_make_the_whole_model()
    {
        using var sqlite = new SqliteLibraryDbContext(new DbContextOptionsBuilder<SqliteLibraryDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresLibraryDbContext(new DbContextOptionsBuilder<PostgresLibraryDbContext>().UseNpgsql("Host=unused").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run scripts/migration.sh <Name>.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run scripts/migration.sh <Name>.");
        Assert.Equal(sqlite.Database.GetMigrations().Select(Name), postgres.Database.GetMigrations().Select(Name));
    }

    /// <summary>A migration's name without its time stamp, which differs between the engines' sets by the seconds between them.</summary>
    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_') + 1)..];
}
