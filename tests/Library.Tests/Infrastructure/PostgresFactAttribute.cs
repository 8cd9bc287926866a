using Testing;

namespace Library.Tests.Infrastructure;

/// <summary>A test that needs a PostgreSQL server (several hosts on one database); skipped, saying why, on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.OnPostgres) Skip = "needs PostgreSQL: run with WORKFLOWS_TEST_DATABASE=Postgres (test.sh does)";
    }
}
