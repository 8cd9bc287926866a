using Library.Host.Database;
using Microsoft.Data.Sqlite;
using Quartz;

namespace Library.Host.Configuration;

/// <summary>
/// Quartz with a persistent job store, so timers survive a restart; Quartz creates its own tables. On PostgreSQL the
/// store is on the service's database and clustered: every host takes part, each timer fires on one of them, and a
/// host that dies with a timer due leaves it to the others. With SQLite (one host) the store is a file of its own
/// beside the database (<c>workflows.timers.db</c>): Quartz's writes would otherwise queue behind SQLite's single
/// write lock with every workflow step. Either way the workflow's bookmarks stay the truth: a timer whose job went
/// missing is scheduled again (<see cref="Workflows.Timers.TimerRecovery"/>).
/// </summary>
public static class TimerSetup
{
    public static IHostApplicationBuilder AddLibraryTimers(this IHostApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration);
        builder.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        // A dead host's timers move to the others within about twenty seconds.
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }
                else
                {
                    store.UseSqlite(TimerStore(database.ConnectionString));
                }
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    private static string TimerStore(string connectionString)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        var file = sqlite.DataSource;
        sqlite.DataSource = Path.Combine(Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + ".timers" + Path.GetExtension(file));
        return sqlite.ToString();
    }
}
