using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence;

/// <summary>
/// Rows of one table written in one statement, where EF Core's change tracker sends a statement per row (and reads
/// back each generated id, which nothing here needs). The statement runs through EF Core's command pipeline on the
/// context's connection and in its current transaction, so it is logged and intercepted like any other, takes its
/// columns and value conversions from the model, and fails with the <see cref="DbUpdateException"/> a failed save
/// raises, which is what callers answer a lost race by.
/// </summary>
internal static class RowBatch
{
    /// <summary>Parameters per statement, within SQLite's limit of 32,766 and PostgreSQL's of 65,535.</summary>
    private const int MaxParameters = 30_000;

    /// <summary>Inserts <paramref name="rows"/>; a key the database generates (one the row leaves unset) is left to it.</summary>
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && p.GetGetter().HasSentinelValue(rows[0])))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        foreach (var chunk in rows.Chunk(MaxParameters / columns.Length))
        {
            var statement = new Statement(db);
            var values = chunk.Select(row => $"({string.Join(", ", columns.Select(c => statement.Parameter(c, c.GetGetter().GetClrValue(row))))})");
            await statement.ExecuteAsync(into + string.Join(", ", values), ct);
        }
    }

    /// <summary>
    /// Deletes the rows of <typeparamref name="T"/> with these keys, all of them or none: when one is gone already,
    /// another unit took it first, and this fails as a save whose row was changed meanwhile does.
    /// </summary>
    public static async Task DeleteAsync<T>(DbContext db, IReadOnlyList<Guid> keys, CancellationToken ct) where T : class
    {
        if (keys.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var chunk in keys.Chunk(MaxParameters))
        {
            var statement = new Statement(db);
            var text = $"DELETE FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {sql.DelimitIdentifier(key.GetColumnName(table)!)} IN ({string.Join(", ", chunk.Select(k => statement.Parameter(key, k)))})";
            if (await statement.ExecuteAsync(text, ct) != chunk.Length)
                throw new DbUpdateConcurrencyException($"Of {chunk.Length} rows of {table.Name} to delete, some were deleted meanwhile.");
        }
    }

    private sealed class Statement(DbContext db)
    {
        private readonly IRelationalCommandBuilder _builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        private readonly Dictionary<string, object?> _values = [];
        private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

        /// <returns>The parameter's placeholder in the statement's text.</returns>
        public string Parameter(IProperty property, object? value)
        {
            var name = "p" + _values.Count;
            _builder.AddParameter(name, _sql.GenerateParameterName(name), property.GetRelationalTypeMapping(), property.IsNullable);
            _values[name] = value;
            return _sql.GenerateParameterNamePlaceholder(name);
        }

        /// <returns>The rows the statement changed.</returns>
        public async Task<int> ExecuteAsync(string text, CancellationToken ct)
        {
            var command = _builder.Append(text).Build();
            try
            {
                return await command.ExecuteNonQueryAsync(new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), _values, null, db,
                    db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException("An error occurred while saving a unit's rows. See the inner exception for details.", e);
            }
        }
    }
}
