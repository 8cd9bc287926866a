using Quartz;

namespace Library.Host.Configuration;

/// <summary>Quartz with its persistent job store in the service's own database, so timers survive a restart.</summary>
public static class TimerSetup
{
    public static IHostApplicationBuilder AddLibraryTimers(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.ConnectionString();
        builder.AddQuartz(q => q.UsePersistentStore(store =>
        {
            store.UseSqlite(connectionString);
            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
        }));
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
