using System.Reflection;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Library.Host.Database;

/// <summary>
/// A database made before migrations existed, by <c>EnsureCreated</c>: it has the service's tables but no migration
/// history. When its tables are those the first migration creates, it is recorded as at that migration, so the later
/// ones apply to it and no row is lost; otherwise start-up stops and says what to do.
/// </summary>
internal static class UnversionedSchema
{
    private sealed record TableColumn(string Table, string Column);

    /// <summary>Whether the database was adopted (its history now names the first migration).</summary>
    public static async Task<bool> AdoptAsync(LibraryDbContext db, string databaseName, CancellationToken ct)
    {
        var tables = await TablesAsync(db, ct);
        if (!tables.Contains("workflow_instances") || tables.Contains(HistoryRepository.DefaultTableName)) return false;
        var columns = await ColumnsAsync(db, ct);

        var migrations = db.GetService<IMigrationsAssembly>();
        var (firstId, firstType) = migrations.Migrations.First();
        var first = migrations.CreateMigration(firstType, db.Database.ProviderName!);
        var differences = Differences(first, columns);
        if (differences.Count > 0)
            throw new DatabaseNotReadyException(
                $"The database {databaseName} was made by a release without schema migrations, and its tables are not those of " +
                $"the last such release ({string.Join("; ", differences)}), so it cannot be brought under migrations without risk. " +
                "Keep a copy of it; then either start on a new database (move it aside), or start the release that made it, " +
                "let it finish, and upgrade from the release just before migrations (README: Upgrading).");

        var history = db.GetService<IHistoryRepository>();
        var efVersion = typeof(DbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(firstId, efVersion)), ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Tables and columns the first migration creates that the database lacks, and columns it has that the migration does not make.</summary>
    private static List<string> Differences(Migration first, List<TableColumn> actual)
    {
        var differences = new List<string>();
        foreach (var table in first.UpOperations.OfType<CreateTableOperation>())
        {
            var present = actual.Where(c => string.Equals(c.Table, table.Name, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Column).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (present.Count == 0)
            {
                differences.Add($"table {table.Name} is missing");
                continue;
            }
            var expected = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            differences.AddRange(expected.Except(present).Select(c => $"column {table.Name}.{c} is missing"));
            differences.AddRange(present.Except(expected).Select(c => $"column {table.Name}.{c} is unexpected"));
        }
        return differences;
    }

    /// <summary>The tables the database has, read from the engine's catalogue.</summary>
    public static async Task<HashSet<string>> TablesAsync(LibraryDbContext db, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
                ? """SELECT table_name AS "Value" FROM information_schema.tables WHERE table_schema = current_schema()"""
                : """SELECT name AS "Value" FROM sqlite_master WHERE type = 'table'""")
            .ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static Task<List<TableColumn>> ColumnsAsync(LibraryDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<TableColumn>(db.Database.IsNpgsql()
                ? """SELECT table_name AS "Table", column_name AS "Column" FROM information_schema.columns WHERE table_schema = current_schema()"""
                : """SELECT m.name AS "Table", p.name AS "Column" FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'""")
            .ToListAsync(ct);
}
