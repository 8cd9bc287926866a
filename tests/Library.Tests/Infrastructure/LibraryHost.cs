using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Library.Host.Contracts;
using Library.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Testing;
using Workflows.Runtime;

namespace Library.Tests.Infrastructure;

/// <summary>
/// The real host over HTTP, on a database of its own (<see cref="TestDatabase"/>: a SQLite file in a temporary folder,
/// or a PostgreSQL database), mailing through an in-process SMTP server. Restart keeps the folder, so a test can stop the service and go on with a new one.
/// </summary>
public sealed class LibraryHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The first administrator every test host starts with (<c>Accounts:BootstrapAdmin</c>).</summary>
    public const string AdminUserName = "admin";
    public const string AdminPassword = "first administrator's password";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _onLoopbackPort;
    private readonly ILoggerProvider? _logs;
    private WebApplicationFactory<Program> _factory;

    private LibraryHost(string folder, TestSmtpServer mail, Dictionary<string, string?> settings, FakeTimeProvider? clock, bool onLoopbackPort,
        ILoggerProvider? logs)
    {
        Folder = folder;
        Mail = mail;
        _settings = settings;
        Clock = clock;
        _onLoopbackPort = onLoopbackPort;
        _logs = logs;
        (_factory, Client) = Create();
    }

    /// <summary>
    /// Where a browser reaches the service (<c>http://127.0.0.1:{port}/</c>) when it was started on a loopback port;
    /// null in the default in-memory mode, which has no socket at all.
    /// </summary>
    public Uri? BaseAddress { get; private set; }

    public string Folder { get; }

    /// <summary>The service's clock when started with one: tests move it instead of sleeping.</summary>
    public FakeTimeProvider? Clock { get; }
    public TestSmtpServer Mail { get; }
    public HttpClient Client { get; private set; }

    /// <param name="onLoopbackPort">
    /// Runs the service on Kestrel on 127.0.0.1 at a free port, for a real browser; by default it runs in memory
    /// (TestServer), which is faster and is what every test over <see cref="Client"/> alone needs.
    /// </param>
    /// <param name="logs">Receives the service's logs besides its own providers, for tests of what it logs.</param>
    public static LibraryHost Start(IDictionary<string, string?>? overrides = null, FakeTimeProvider? clock = null, bool onLoopbackPort = false,
        ILoggerProvider? logs = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "library-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var mail = TestSmtpServer.Start();
        var database = TestDatabase.For(folder);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Workflows"] = database.ConnectionString,
            ["Storage:Path"] = Path.Combine(folder, "files"),
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = mail.Port.ToString(),
            ["Smtp:From"] = "library@example.org",
            ["Accounts:KeysPath"] = Path.Combine(folder, "keys"),
            ["Accounts:BootstrapAdmin:UserName"] = AdminUserName,
            ["Accounts:BootstrapAdmin:Password"] = AdminPassword,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        try
        {
            return new LibraryHost(folder, mail, settings, clock, onLoopbackPort, logs);
        }
        catch
        {
            // A host that refused to start still leaves nothing running behind.
            mail.DisposeAsync().AsTask().GetAwaiter().GetResult();
            TestDatabase.DropFor(folder);
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Stops the service and starts a new one on the same database and storage folder; <paramref name="whileStopped"/>
    /// runs in between, e.g. to put the database back to an earlier schema.
    /// </summary>
    public async Task RestartAsync(Func<Task>? whileStopped = null)
    {
        await StopAsync();
        if (whileStopped is not null) await whileStopped();
        SqliteConnection.ClearAllPools();
        TestDatabase.ClearPools();
        (_factory, Client) = Create();
    }

    /// <summary>Stops the service, keeping its database and folders for what the test does next (disposing stops nothing twice).</summary>
    public async Task StopAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TestDatabase.ClearPools();
    }

    /// <summary>Makes the database unreadable under the running service: the SQLite file overwritten, the PostgreSQL database dropped.</summary>
    public async Task DestroyDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (TestDatabase.OnPostgres) TestDatabase.DropFor(Folder);
        else await File.WriteAllBytesAsync(Path.Combine(Folder, "workflows.db"), new byte[8192]);
    }

    /// <summary>Points the service back at this host's SMTP server and restarts it.</summary>
    public async Task UseMailServerAsync()
    {
        _settings["Smtp:Port"] = Mail.Port.ToString();
        await RestartAsync();
    }

    /// <summary>A database context of its own on the host's database, for changes made while the service is stopped.</summary>
    public LibraryDbContext OpenDatabase()
    {
        var database = TestDatabase.For(Folder);
        return database.Provider == "Postgres"
            ? new PostgresLibraryDbContext(new DbContextOptionsBuilder<PostgresLibraryDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteLibraryDbContext(new DbContextOptionsBuilder<SqliteLibraryDbContext>().UseSqlite(database.ConnectionString).Options);
    }

    /// <summary>A database context on the host's own database, for checks that look under the API.</summary>
    public async Task<T> QueryAsync<T>(Func<LibraryDbContext, Task<T>> query)
    {
        using var scope = _factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<LibraryDbContext>());
    }

    /// <summary>
    /// Rows of one of the runtime's tables (<c>workflow_instances</c>, <c>workflow_bookmarks</c>, <c>outbox_messages</c>, ...),
    /// optionally those matching <paramref name="where"/>: the runtime keeps its tables to itself, so tests that look
    /// under its API count them in SQL.
    /// </summary>
    public Task<int> CountRowsAsync(string table, string? where = null) => QueryAsync(db =>
#pragma warning disable EF1003 // the table and condition are the tests' own constants, never input
        db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {table}" + (where is null ? "" : $" WHERE {where}")).SingleAsync());
#pragma warning restore EF1003

    /// <summary>A scoped service of the running host, for what other code (not the API) does with it.</summary>
    public async Task<T> ServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        using var scope = _factory.Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Asserts the call is refused with a problem mentioning every fragment, and that nothing changed.</summary>
    public async Task RefusedWithoutChangeAsync(Func<Task<HttpResponseMessage>> call, HttpStatusCode status, params string[] mentions)
    {
        var before = await SnapshotAsync();
        await (await call()).ProblemAsync(status, mentions);
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Row counts of every table the service writes, to prove a refused call changed nothing.</summary>
    public Task<string> SnapshotAsync() => QueryAsync(async db =>
        string.Join(", ",
            $"requests={await db.DigitizationRequests.CountAsync()}",
            $"statuses={string.Join('/', await db.DigitizationRequests.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync())}",
            $"inventories={string.Join('/', await db.DigitizationRequests.OrderBy(r => r.Id).Select(r => r.Inventory).ToListAsync())}",
            $"attachments={await db.Attachments.CountAsync()}",
            $"instances={await CountRowsAsync("workflow_instances")}",
            $"versions={string.Join('/', await db.Database.SqlQueryRaw<int>("SELECT \"Version\" AS \"Value\" FROM workflow_instances ORDER BY \"Id\"").ToListAsync())}",
            $"bookmarks={await CountRowsAsync("workflow_bookmarks")}",
            $"history={await CountRowsAsync("workflow_history")}",
            $"outbox={await CountRowsAsync("outbox_messages")}",
            $"approvals={string.Join('/', (await db.Approvals.AsNoTracking().OrderBy(a => a.Id).ToListAsync())
                .Select(a => $"{a.Status}:{a.Reason}:{a.Copyright.CcNumber}:{a.Copyright.CcOrderDate}:{a.Copyright.CcApprovalDate}"))}",
            $"expiries={string.Join('/', await db.DigitizationRequests.OrderBy(r => r.Id).Select(r => r.ExpiresAt).ToListAsync())}",
            $"representations={await db.Representations.CountAsync()}",
            $"moves={string.Join('/', await db.MoveRequests.OrderBy(m => m.Id).Select(m => m.Status).ToListAsync())}",
            $"moveHistory={await db.MoveStatusChanges.CountAsync()}",
            // Counts projected, not collections included: PostgreSQL took two seconds over the joined query.
            $"lending={string.Join('/', (await db.LendingRequests.OrderBy(r => r.Id)
                .Select(r => new { r.Status, r.Active, r.Assignee, r.DueDate, r.InterruptedStatus, r.CancelInterruptedStatus, Notes = r.Notes.Count, Communications = r.Communications.Count, IsoMessages = r.IsoMessages.Count })
                .ToListAsync())
                .Select(r => $"{r.Status}:{r.Active}:{r.Assignee}:{r.DueDate}:{r.InterruptedStatus}:{r.CancelInterruptedStatus}:{r.Notes}:{r.Communications}:{r.IsoMessages}"))}",
            $"links={string.Join('/', await db.DeliveryLinks.OrderBy(l => l.Token).Select(l => l.AccessCount).ToListAsync())}",
            $"files={(Directory.Exists(Path.Combine(Folder, "files")) ? Directory.GetFiles(Path.Combine(Folder, "files"), "*", SearchOption.AllDirectories).Length : 0)}",
            // The digitization setup, row by row, so a refused edit that changed a value would show too.
            $"profileRules={string.Join('/', (await db.ProfileRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
                .Select(r => $"{r.Id}:{r.Order}:{r.Enabled}:{r.Name}:{r.Description}:{RuleConditionsJson.Write(r.Conditions)}:{r.Outputs}"))}",
            $"departments={string.Join('/', (await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync())
                .Select(d => $"{d.Code}:{d.Name}:{d.Description}:{d.WorkTimeDays}:{string.Join(',', d.ServedLibraries)}"))}",
            $"patronLimits={string.Join('/', (await db.PatronLimits.AsNoTracking().OrderBy(l => l.UserGroup).ToListAsync())
                .Select(l => $"{l.UserGroup}:{l.MaxDigitizationRequests}"))}",
            $"letters={string.Join('/', (await db.LetterTemplates.AsNoTracking().OrderBy(t => t.Code).ThenBy(t => t.Language).ToListAsync())
                .Select(t => $"{t.Code}:{t.Language}:{t.Subject}:{t.Body}"))}",
            $"letterSwitches={string.Join('/', (await db.LetterSwitches.AsNoTracking().OrderBy(s => s.Code).ToListAsync()).Select(s => $"{s.Code}:{s.Enabled}"))}",
            $"deliveryRules={string.Join('/', (await db.DocumentDeliveryRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
                .Select(r => $"{r.Id}:{r.Name}:{r.Description}:{r.Enabled}:{string.Join(',', r.UserGroups)}"))}",
            // The resource-sharing configuration and the item catalogue, likewise.
            $"partners={string.Join('/', (await db.Partners.AsNoTracking().OrderBy(p => p.Code).ToListAsync())
                .Select(p => $"{p.Code}:{p.Name}:{p.ProfileType}:{p.Email}:{p.IsoSymbol}:{p.IsoEndpoint}:{p.SharedSecret}:{p.WorkflowProfile}:{p.Language}:{p.Active}"))}",
            $"workflowProfiles={string.Join('/', (await db.LendingWorkflowProfiles.AsNoTracking().OrderBy(p => p.Code).ToListAsync())
                .Select(p => $"{p.Code}:{p.Name}:{p.AwaitDigitalReceipt}:{p.WillSupplyStep}:{p.ManualRenewStep}:{p.ReactivateStep}:{p.IsoCheckInMessage}"))}",
            $"reasons={string.Join('/', await db.LendingReasons.AsNoTracking().OrderBy(r => r.List).ThenBy(r => r.Position).Select(r => r.List + ":" + r.Name).ToListAsync())}",
            $"items={string.Join('/', (await db.CatalogueItems.AsNoTracking().OrderBy(i => i.Barcode).ToListAsync())
                .Select(i => $"{i.Barcode}:{i.Title}:{i.Author}:{i.Isbn}:{i.Issn}:{i.Library}:{i.Location}:{i.MaterialType}:{i.MmsId}:{i.Volume}:{i.Issue}:{i.MissingSince}"))}",
            $"itemHistory={await db.ItemHistory.CountAsync()}",
            $"definitions={string.Join('/', (await _factory.Services.GetRequiredService<WorkflowDefinitionStore>().ListAsync())
                .Select(d => $"{d.Id}:{d.Version}:{d.State}:{d.ActivatedAt:O}"))}"));

    private (WebApplicationFactory<Program> Factory, HttpClient Client) Create()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in _settings) builder.UseSetting(key, value);
            if (Clock is not null) builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
            if (_logs is not null) builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        });
        // The tests' client works as the first administrator, who holds every role institution-wide.
        if (!_onLoopbackPort) return (factory, factory.CreateDefaultClient(new SignInHandler(AdminUserName, AdminPassword)));

        // Port 0: the operating system picks a free port at bind time, so parallel hosts never race for one
        // (a port probed free and bound later could be taken in between). Listen overrides any configured URLs.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        // The tests' own client goes over the same socket as the browser, so both see one service.
        return (factory, new HttpClient(new SignInHandler(AdminUserName, AdminPassword) { InnerHandler = new HttpClientHandler() }) { BaseAddress = BaseAddress });
    }

    /// <summary>
    /// A staff account made by the administrator with these roles, signed in: the history of what it does names it.
    /// Its first password is changed, as its owner would.
    /// </summary>
    public Task<HttpClient> StaffAsync(string userName, params (string Role, string[] Scope)[] roles) => StaffAsync(new JsonObject
    {
        ["userName"] = userName, ["displayName"] = userName, ["kind"] = "personal", ["password"] = "a first password",
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode)new JsonObject
        {
            ["role"] = r.Role, ["scope"] = r.Scope.Length == 0 ? null : new JsonArray(r.Scope.Select(s => (JsonNode)s!).ToArray()),
        }).ToArray()),
    }, "the staff member's own password");

    /// <summary>The account as <paramref name="account"/> (an accounts API body) describes it, signed in with <paramref name="ownPassword"/>.</summary>
    public async Task<HttpClient> StaffAsync(JsonObject account, string ownPassword)
    {
        var created = await Client.PostAsJsonAsync("/api/accounts", account);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var (userName, first) = ((string)account["userName"]!, (string)account["password"]!);
        var signedIn = await SignedInAsync(userName, first);
        var changed = await signedIn.PostAsJsonAsync("/api/auth/password", new { currentPassword = first, newPassword = ownPassword });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        return await SignedInAsync(userName, ownPassword);
    }

    /// <summary>A scan station registered by the administrator at a department (or desk code), and a client that sends its key.</summary>
    public async Task<HttpClient> RegisterStationAsync(string id, string department)
    {
        var issued = await (await Client.PostAsJsonAsync("/api/scan-stations", new { id, department })).ReadAsync<ScanStationKey>(HttpStatusCode.Created);
        var station = NewClient();
        station.DefaultRequestHeaders.Add("X-Api-Key", issued.ApiKey);
        return station;
    }

    /// <summary>A client of its own, keeping the cookies the service sets, e.g. for a cookie sign-in.</summary>
    public HttpClient NewClient() => _onLoopbackPort
        ? new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress }
        : _factory.CreateClient();

    /// <summary>A client signed in as <paramref name="userName"/> with a bearer token.</summary>
    public async Task<HttpClient> SignedInAsync(string userName = AdminUserName, string password = AdminPassword)
    {
        var client = NewClient();
        var token = await (await client.LoginAsync(userName, password)).ReadAsync<JsonObject>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        return client;
    }

    /// <summary>Polls the API until <paramref name="done"/> holds, for work a timer finishes in the background; bounded.</summary>
    public async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Mail.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TestDatabase.DropFor(Folder);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
