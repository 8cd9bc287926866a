using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Testing;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Http;
using Workflows.Mail;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Workflows.Tests.Infrastructure;

/// <summary>
/// A real host around the runtime: a temporary SQLite file or PostgreSQL database (<see cref="TestDatabase"/>), the container <c>AddWorkflows</c> builds, Quartz and a
/// fake clock. Each test starts its own, so tests share no state and run in any order.
/// </summary>
internal sealed class WorkflowTestHost : IAsyncDisposable
{
    /// <summary>Where the fake clock starts; any fixed instant will do.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;
    private readonly bool _ownsDirectory;

    private WorkflowTestHost(IHost host, string directory, bool ownsDirectory, FakeTimeProvider clock)
    {
        _host = host;
        Directory = directory;
        _ownsDirectory = ownsDirectory;
        Clock = clock;
    }

    public string Directory { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _host.Services;

    public TestFlags Flags => Services.GetRequiredService<TestFlags>();
    public FaultSwitch Faults => Services.GetRequiredService<FaultSwitch>();
    public RendezvousPoint Rendezvous => Services.GetRequiredService<RendezvousPoint>();
    public HoldSaves Holds => Services.GetRequiredService<HoldSaves>();
    public RecordedAnswers Answers => Services.GetRequiredService<RecordedAnswers>();

    /// <summary>A new folder for a database that outlives one host (see the reload tests).</summary>
    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "workflows-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <param name="directory">An existing folder whose database to reuse; a new one when null.</param>
    /// <param name="persistentTimers">Quartz on a persistent SQLite store, started with the host; otherwise in memory.</param>
    /// <param name="settings">Configuration, e.g. the <c>Smtp</c> section.</param>
    /// <param name="groupCommit">Commits through <see cref="CommitGate.OneWriter"/>, as the service does on SQLite.</param>
    public static async Task<WorkflowTestHost> StartAsync(
        string? directory = null, bool persistentTimers = false, FakeTimeProvider? clock = null, IDictionary<string, string?>? settings = null,
        bool groupCommit = false)
    {
        var ownsDirectory = directory is null;
        directory ??= NewDirectory();
        clock ??= new FakeTimeProvider(Epoch);
        var database = TestDatabase.For(directory);
        var onPostgres = database.Provider == "Postgres";
        var connectionString = onPostgres
            ? database.ConnectionString
            // Unpooled, so nothing keeps the file open once a host is disposed (the reload tests reopen it).
            : new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var services = builder.Services;
        services.AddLogging(logging =>
        {
            // WORKFLOWS_TEST_LOG=Debug shows what the runtime and Quartz do while a test runs.
            if (Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("WORKFLOWS_TEST_LOG"), out var level))
                logging.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff ").SetMinimumLevel(level);
        });
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<FaultSwitch>();
        services.AddSingleton<RendezvousPoint>();
        services.AddSingleton<PauseBeforeCommit>();
        services.AddSingleton<HoldSaves>();
        services.AddSingleton<TestFlags>();
        services.AddSingleton<Workflows.StateMachines.IGateSource>(sp => sp.GetRequiredService<TestFlags>());
        services.AddSingleton<IRecipientPolicy, ExampleRecipients>();
        services.AddSingleton<RecordedAnswers>();
        services.AddScoped<IHttpDeliveryReceipt>(sp => sp.GetRequiredService<RecordedAnswers>());
        services.AddDbContext<WorkflowDbContext>((sp, o) => (onPostgres ? o.UseNpgsql(connectionString) : o.UseSqlite(connectionString))
            .AddInterceptors(sp.GetRequiredService<PauseBeforeCommit>(), sp.GetRequiredService<HoldSaves>()));
        if (groupCommit) services.AddSingleton<CommitGate>(_ => CommitGate.OneWriter());
        services.AddWorkflows(builder.Configuration, registry => registry
            .Add<Explode>()
            .Add<Rendezvous>()
            .Add<Gate>()
            .Add<DeclineOnStart>()
            .Add<Answer>()
            .Add<Refusable>()
            .Add<StartChild>()
            .Add<HandOn>()
            .Add<RecordChildEnd>()
            .Add<RecordEntering>()
            .Add<PostToPartner>());
        services.AddQuartz(q =>
        {
            q.UseTimeProvider(clock);
            if (persistentTimers)
                q.UsePersistentStore(s =>
                {
                    if (onPostgres) s.UsePostgres(connectionString);
                    else s.UseSqlite(connectionString);
                    s.UseSystemTextJsonSerializer();
                    s.ProvisionSchema();
                });
            else
                q.UseInMemoryStore();
        });
        if (persistentTimers) services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.EnsureCreatedAsync();
        await host.StartAsync();
        return new WorkflowTestHost(host, directory, ownsDirectory, clock);
    }

    public async Task<int> PublishAsync(WorkflowDefinition definition, string source = "test") =>
        (await Services.GetRequiredService<WorkflowDefinitionStore>().PublishAsync(definition, source)).Version;

    public async Task<StartResult> StartAsync(string definitionId, JsonObject? input = null, string actor = "tester", string? correlationId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(definitionId, input, correlationId, actor);
    }

    /// <summary>Delivers a <see cref="Signal"/> by its name and key, as a caller of the public API would.</summary>
    public async Task<ResumeResult> SignalAsync(string signal, string key, JsonObject? payload = null, string actor = "tester")
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().ResumeAsync(Signal.BookmarkName(signal), key, payload, actor);
    }

    /// <summary>Takes a state machine's action by its name and key, as an endpoint would.</summary>
    public async Task<ResumeResult> ActAsync(string action, string key, JsonObject? payload = null, string actor = "tester")
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().ResumeAsync(action, key, payload, actor);
    }

    public async Task<Workflows.Traces.MachinePosition?> PositionAsync(string key, string definitionId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Workflows.Traces.WorkflowTraces>().PositionAsync(key, definitionId);
    }

    public async Task<ResumeResult> ResumeAsync(Guid bookmarkId, JsonObject? payload = null, string actor = "tester")
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().ResumeAsync(bookmarkId, payload, actor);
    }

    /// <summary>Reads an instance, its bookmarks and its history as they are committed in the database.</summary>
    public async Task<InstanceSnapshot> InstanceAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == id);
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == id).ToListAsync();
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == id).OrderBy(h => h.Sequence).ToListAsync();
        return new InstanceSnapshot(instance, InstanceState.Deserialize(instance.State), bookmarks, history);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Outbox.AsNoTracking().ToListAsync();
    }

    /// <summary>Moves the clock past any pause between attempts and wakes the HTTP dispatcher, as its own wait would.</summary>
    public void NextHttpAttempt()
    {
        Clock.Advance(TimeSpan.FromMinutes(10));
        Services.GetRequiredService<HttpDeliverySignal>().Notify();
    }

    /// <summary>Polls the outbox until <paramref name="done"/> holds for it, or fails after a bound.</summary>
    public async Task<List<OutboxMessage>> OutboxWhenAsync(Func<List<OutboxMessage>, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var outbox = await OutboxAsync();
            if (done(outbox)) return outbox;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The outbox did not come to the state awaited: {string.Join("; ", outbox.Select(m => $"{m.Payload} {m.State} after {m.Attempts}"))}");
            await Task.Delay(20);
        }
    }

    public async Task<List<WorkflowInstance>> InstancesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Instances.AsNoTracking().ToListAsync();
    }

    /// <summary>Polls the database until <paramref name="done"/> holds for the instance, or fails after <paramref name="timeout"/>.</summary>
    public async Task<InstanceSnapshot> WaitForAsync(Guid id, Func<InstanceSnapshot, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var snapshot = await InstanceAsync(id);
            if (done(snapshot)) return snapshot;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Instance {id} is still {snapshot.Instance.Status} after {timeout ?? TimeSpan.FromSeconds(10)}.");
            await Task.Delay(20);
        }
    }

    public async Task<IScheduler> SchedulerAsync() =>
        await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (_ownsDirectory) DeleteDirectory(Directory);
    }

    public static void DeleteDirectory(string directory)
    {
        TestDatabase.DropFor(directory);
        try { System.IO.Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>An instance as committed: its row, its state, the bookmarks still waiting and its history in order.</summary>
internal sealed record InstanceSnapshot(WorkflowInstance Instance, InstanceState State, List<Bookmark> Bookmarks, List<HistoryEntry> History)
{
    public WorkflowStatus Status => Instance.Status;
    public JsonObject Variables => State.Variables;

    /// <summary>How often <paramref name="activityId"/> finished with <paramref name="outcome"/>.</summary>
    public int Count(string activityId, string outcome = Outcomes.Done) =>
        History.Count(h => h.ActivityId == activityId && h.Outcome == outcome);
}
