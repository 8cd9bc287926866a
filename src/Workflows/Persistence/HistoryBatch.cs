using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence;

/// <summary>
/// A unit's history entries written in one multi-row INSERT inside the unit's transaction, where EF Core would send
/// one INSERT per entry and read each generated id back (nothing needs the id). It runs through EF Core's command
/// pipeline, so it is logged and intercepted like the unit's other statements, and a failure surfaces as the
/// <see cref="DbUpdateException"/> a failed save raises, which is what the callers answer a lost race by.
/// </summary>
internal static class HistoryBatch
{
    /// <summary>
    /// Entries per statement: eight parameters each keeps a statement within SQLite's 32,766 parameters and
    /// PostgreSQL's 65,535, however many steps a unit runs.
    /// </summary>
    private const int EntriesPerStatement = 1000;

    private static readonly (string Property, Func<HistoryEntry, object?> Value)[] Columns =
    [
        (nameof(HistoryEntry.InstanceId), h => h.InstanceId),
        (nameof(HistoryEntry.Sequence), h => h.Sequence),
        (nameof(HistoryEntry.At), h => h.At),
        (nameof(HistoryEntry.ActivityId), h => h.ActivityId),
        (nameof(HistoryEntry.ActivityType), h => h.ActivityType),
        (nameof(HistoryEntry.Outcome), h => h.Outcome),
        (nameof(HistoryEntry.Actor), h => h.Actor),
        (nameof(HistoryEntry.Note), h => h.Note),
    ];

    /// <summary>Writes <paramref name="entries"/> on the context's connection, in its current transaction.</summary>
    public static async Task InsertAsync(DbContext db, IReadOnlyList<HistoryEntry> entries, CancellationToken ct)
    {
        for (var start = 0; start < entries.Count; start += EntriesPerStatement)
        {
            var command = Command(db, entries.Skip(start).Take(EntriesPerStatement).ToList(), out var values);
            try
            {
                await command.ExecuteNonQueryAsync(new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), values, null, db,
                    db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException("An error occurred while saving the unit's history entries. See the inner exception for details.", e);
            }
        }
    }

    private static IRelationalCommand Command(DbContext db, IReadOnlyList<HistoryEntry> entries, out Dictionary<string, object?> values)
    {
        var entity = db.Model.FindEntityType(typeof(HistoryEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = Columns.Select(c => entity.FindProperty(c.Property)!).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES ");
        values = new Dictionary<string, object?>(entries.Count * Columns.Length);
        for (var row = 0; row < entries.Count; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns.Length; column++)
            {
                var name = "p" + values.Count;
                var property = properties[column];
                builder.AddParameter(name, sql.GenerateParameterName(name), property.GetRelationalTypeMapping(), property.IsNullable);
                values[name] = Columns[column].Value(entries[row]);
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }
            text.Append(')');
        }
        return builder.Append(text.ToString()).Build();
    }
}
