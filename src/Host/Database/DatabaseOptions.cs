namespace Library.Host.Database;

/// <summary>
/// Which database the service runs on, how to reach it, and whether start-up brings its schema up to date
/// (<c>Database:Provider</c>, <c>ConnectionStrings:Workflows</c>, <c>Database:Migrate</c>).
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, bool Migrate)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/workflows.db";

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var provider = ProviderOf(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Workflows");
        if (connectionString is null && provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Workflows is not set; give the Npgsql connection string, " +
                "e.g. ConnectionStrings__Workflows=\"Host=db.example;Database=workflows;Username=workflows;Password=…\".");
        var migrate = configuration.GetValue("Database:Migrate", defaultValue: true);
        return new DatabaseOptions(provider, connectionString ?? DefaultSqliteConnectionString, migrate);
    }

    private static DatabaseProvider ProviderOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider '{name}' is not supported; use Sqlite (the default) or Postgres."),
    };
}
