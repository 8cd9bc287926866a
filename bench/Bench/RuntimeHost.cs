using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Workflows;
using Workflows.Definitions;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Bench;

/// <summary>
/// The runtime alone, as a caller embeds it, on real persistence and without HTTP: a SQLite file with the service's
/// settings (WAL, synchronous FULL, one writer), or an empty PostgreSQL database with the commit gate under test.
/// Quartz keeps an in-memory store here because these workflows use no timers.
/// </summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private RuntimeHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static Task<RuntimeHost> StartSqliteAsync(string file)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        return StartAsync(o => o.UseSqlite(connectionString), CommitGate.OneWriter,
            db => db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;"));
    }

    public static Task<RuntimeHost> StartPostgresAsync(string connectionString, Func<CommitGate> gate) =>
        StartAsync(o => o.UseNpgsql(connectionString), gate, _ => Task.CompletedTask);

    private static async Task<RuntimeHost> StartAsync(Action<DbContextOptionsBuilder> database, Func<CommitGate> gate,
        Func<WorkflowDbContext, Task> prepare)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDbContextPool<WorkflowDbContext>(database);
        // Made by the container, so that stopping the host disposes it (a group commit's writer and its connection).
        builder.Services.AddSingleton<CommitGate>(_ => gate());
        builder.Services.AddWorkflows(builder.Configuration);
        builder.Services.AddQuartz(q => q.UseInMemoryStore());
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            await db.Database.EnsureCreatedAsync();
            await prepare(db);
        }
        await host.StartAsync();
        return new RuntimeHost(host);
    }

    public async Task PublishAsync(string json)
    {
        var reader = Services.GetRequiredService<DefinitionReader>();
        await Services.GetRequiredService<WorkflowDefinitionStore>().PublishAsync(reader.Read(json, "bench"), "bench");
    }

    public async Task<StartResult> StartAsync(string definition, JsonObject input)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(definition, input, null, "bench");
    }

    public async Task<ResumeResult> SignalAsync(string signal, string key)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
            .ResumeAsync(Workflows.Activities.Signal.BookmarkName(signal), key, null, "bench");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
