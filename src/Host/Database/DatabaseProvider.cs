namespace Library.Host.Database;

/// <summary>The database engines the service runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>A file beside the service, the embedded default: no setup, one host.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for production and for several hosts on one database.</summary>
    Postgres,
}
