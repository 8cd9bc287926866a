using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Library.Host.Database;

/// <summary>
/// SQLite's own lower() and upper() change ASCII letters only, so a search for "étude" would miss "Étude" there and
/// find it on PostgreSQL. Each connection gets Unicode ones instead, so searches match alike on both engines.
/// </summary>
public sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        // A function made on a closed connection is registered again at every open, so once per connection is enough.
        if (result is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? s) => s?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? s) => s?.ToUpperInvariant(), isDeterministic: true);
        }
        return result;
    }
}
