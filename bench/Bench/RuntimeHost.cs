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
/// The runtime alone, as a caller embeds it: the real SQLite persistence with the service's settings (WAL,
/// synchronous FULL), no HTTP. Quartz keeps an in-memory store here because these workflows use no timers.
/// </summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private RuntimeHost(IHost host, string file)
    {
        _host = host;
        DatabaseFile = file;
    }

    public string DatabaseFile { get; }
    public IServiceProvider Services => _host.Services;

    public static async Task<RuntimeHost> StartAsync(string file)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        builder.Services.AddDbContextPool<WorkflowDbContext>(o => o.UseSqlite(connectionString));
        builder.Services.AddSingleton<CommitGate>(_ => CommitGate.OneWriter());
        builder.Services.AddWorkflows(builder.Configuration);
        builder.Services.AddQuartz(q => q.UseInMemoryStore());
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await host.StartAsync();
        return new RuntimeHost(host, file);
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
