using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence;

/// <summary>
/// Rows written a statement per table and kind, where EF Core's change tracker sends a statement per row (and reads
/// back each generated id, which nothing here needs), and the statements sent as one command: one round trip on
/// PostgreSQL. The command runs through EF Core's command pipeline on the context's connection and in its current
/// transaction, so it is logged and intercepted like any other, takes its columns and value conversions from the model,
/// and fails with the <see cref="DbUpdateException"/> a failed save raises, which is what callers answer a lost race by.
/// </summary>
internal sealed class RowBatch(DbContext db)
{
    /// <summary>Parameters per command, within SQLite's limit of 32,766 a statement and PostgreSQL's of 65,535.</summary>
    private const int MaxParameters = 30_000;

    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly List<Command> _commands = [];

    /// <summary>
    /// Deletes the rows of <typeparamref name="T"/> with these keys, all of them or none: when one is gone already,
    /// another unit took it first, and the batch fails as a save whose row was changed meanwhile does.
    /// </summary>
    public void Delete<T>(IReadOnlyList<Guid> keys) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        foreach (var chunk in keys.Chunk(MaxParameters))
        {
            var command = CommandFor(chunk.Length, chunk.Length);
            command.Append($"DELETE FROM {_sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {_sql.DelimitIdentifier(key.GetColumnName(table)!)} IN ({string.Join(", ", chunk.Select(k => command.Parameter(key, k)))})");
        }
    }

    /// <summary>Inserts <paramref name="rows"/>; a key the database generates (one the row leaves unset) is left to it.</summary>
    public void Insert<T>(IReadOnlyList<T> rows) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && p.GetGetter().HasSentinelValue(rows[0])))
            .ToArray();
        var into = $"INSERT INTO {_sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => _sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        foreach (var chunk in rows.Chunk(MaxParameters / columns.Length))
        {
            var command = CommandFor(chunk.Length * columns.Length, chunk.Length);
            command.Append(into + string.Join(", ", chunk.Select(row => $"({string.Join(", ", columns.Select(c => command.Parameter(c, c.GetGetter().GetClrValue(row))))})")));
        }
    }

    public async Task ExecuteAsync(CancellationToken ct)
    {
        foreach (var command in _commands) await command.ExecuteAsync(ct);
    }

    /// <summary>The command a statement of <paramref name="parameters"/> parameters changing <paramref name="rows"/> rows joins.</summary>
    private Command CommandFor(int parameters, int rows)
    {
        if (_commands.Count == 0 || _commands[^1].Parameters + parameters > MaxParameters) _commands.Add(new Command(db, _sql));
        var command = _commands[^1];
        command.Rows += rows;
        return command;
    }

    private sealed class Command(DbContext db, ISqlGenerationHelper sql)
    {
        private readonly IRelationalCommandBuilder _builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        private readonly Dictionary<string, object?> _values = [];

        public int Parameters => _values.Count;

        /// <summary>The rows its statements change when nothing was taken meanwhile.</summary>
        public int Rows { get; set; }

        /// <returns>The parameter's placeholder in the statement's text.</returns>
        public string Parameter(IProperty property, object? value)
        {
            var name = "p" + _values.Count;
            _builder.AddParameter(name, sql.GenerateParameterName(name), property.GetRelationalTypeMapping(), property.IsNullable);
            _values[name] = value;
            return sql.GenerateParameterNamePlaceholder(name);
        }

        public void Append(string statement) => _builder.Append(statement).AppendLine(sql.StatementTerminator);

        public async Task ExecuteAsync(CancellationToken ct)
        {
            int changed;
            try
            {
                changed = await _builder.Build().ExecuteNonQueryAsync(new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), _values,
                    null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException("An error occurred while saving a unit's rows. See the inner exception for details.", e);
            }
            // An insert either adds all its rows or fails: rows missing are rows another unit deleted first.
            if (changed != Rows) throw new DbUpdateConcurrencyException($"Expected to change {Rows} rows but changed {changed}: some were deleted meanwhile.");
        }
    }
}
