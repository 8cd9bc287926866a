using Microsoft.Data.Sqlite;
using Quartz;

namespace Library.Host.Configuration;

/// <summary>
/// Quartz with a persistent job store, so timers survive a restart. With SQLite the store is a file of its own
/// beside the database (<c>workflows.timers.db</c>): Quartz's writes would otherwise queue behind SQLite's single
/// write lock with every workflow step. The workflow's bookmarks stay the truth: a timer whose job went missing is
/// scheduled again at start-up.
/// </summary>
public static class TimerSetup
{
    public static IHostApplicationBuilder AddLibraryTimers(this IHostApplicationBuilder builder)
    {
        var connectionString = TimerStore(builder.Configuration.ConnectionString());
        builder.AddQuartz(q => q.UsePersistentStore(store =>
        {
            store.UseSqlite(connectionString);
            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
        }));
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
