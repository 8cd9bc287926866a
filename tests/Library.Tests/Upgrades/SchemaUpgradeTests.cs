using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Approvals;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Persistence;
using Library.Rules;
using Library.Tests.Infrastructure;
using Library.Tests.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Testing;
using Workflows.Mail;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Library.Tests.Upgrades;

/// <summary>
/// Upgrading a library's database: one at the previous migration, and one made before migrations existed (by
/// EnsureCreated, whose tables are the first migration's), each holding requests at every step of their way, is
/// brought up to date at start-up, and every request then goes on to completion. Refusals come from the built
/// service run as an operator runs it, to read what it says and how it exits.
/// </summary>
public sealed class SchemaUpgradeTests : HostTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_database_of_an_earlier_release_is_upgraded_at_start_up_and_every_request_completes(bool madeBeforeMigrations)
    {
        var requests = await RequestsAtEveryStepAsync();
        var migrations = await Host.ServiceAsync<LibraryDbContext, List<string>>(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.True(migrations.Count >= 2, "an upgrade needs a migration after the first");
        var earlier = madeBeforeMigrations ? migrations[0] : migrations[^2];

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            await db.GetService<IMigrator>().MigrateAsync(earlier);
            if (madeBeforeMigrations) await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{HistoryRepository.DefaultTableName}\"");
            // Without its history a database looks to EF Core as if it had none of them.
            var pending = madeBeforeMigrations ? migrations.Count : migrations.Count - migrations.IndexOf(earlier) - 1;
            Assert.Equal(pending, (await db.Database.GetPendingMigrationsAsync()).Count());
        });

        await using (var db = OpenDatabase())
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var ready = await (await Host.NewClient().GetAsync("/health/ready")).ReadAsync<HealthView>(HttpStatusCode.OK);
        Assert.Equal("Healthy", Assert.Single(ready.Checks, c => c.Name == "migrations").Status);
        foreach (var (barcode, id) in requests)
        {
            var done = await CompleteAsync(id, barcode);
            Assert.Equal(DigitizationStatus.Completed, done.Status);
            Assert.Equal(WorkflowStatus.Finished, done.Workflow?.Status);
            await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Requester(barcode)));
        }
    }

    [Fact]
    public async Task An_upgrade_counts_the_requests_already_open_against_the_patron_limit()
    {
        await Client.SetPatronLimitAsync("Undergraduate", 2);
        var cancelled = await Client.CreateAsync(Api.NewRequest("first"));
        (await Client.CancelAsync(cancelled.Id)).EnsureSuccessStatusCode();
        var open = await Client.CreateAsync(Api.NewRequest("second"));
        await Client.CreateAsync(Api.NewRequest("third"));
        var migrations = await Host.ServiceAsync<LibraryDbContext, List<string>>(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        var beforeLoads = migrations[migrations.FindIndex(m => m.EndsWith("_PatronLoads")) - 1];

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            await db.GetService<IMigrator>().MigrateAsync(beforeLoads);
        });

        var refused = await (await Client.PostAsJsonAsync("/api/digitization-requests", Api.NewRequest("fourth"))).ReadAsync<JsonObject>(HttpStatusCode.Forbidden);
        Assert.Equal(nameof(PolicyRefusal.PatronLimitReached), (string?)refused["rule"]);
        Assert.Contains("2 open digitization requests", (string?)refused["detail"]);
        (await Client.CancelAsync(open.Id)).EnsureSuccessStatusCode();
        await Client.CreateAsync(Api.NewRequest("fourth"));
    }

    [Fact]
    public async Task An_upgrade_makes_the_newest_version_of_each_definition_the_active_one_and_the_one_before_it_previous()
    {
        await (await Client.PublishAsync(DefinitionApi.Renamed(), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        var migrations = await Host.ServiceAsync<LibraryDbContext, List<string>>(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        var beforeDrafts = migrations[migrations.FindIndex(m => m.EndsWith("_DefinitionDraftsAndActivation")) - 1];

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            await db.GetService<IMigrator>().MigrateAsync(beforeDrafts);
            // A version the release before published, which new requests then started on.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO workflow_definitions ("DefinitionId", "Version", "Name", "Json", "ContentHash", "IsPublished", "Source", "CreatedAt")
                SELECT "DefinitionId", 3, 'Published by the release before', "Json", 'release-before', "IsPublished", 'designer:admin', {0}
                FROM workflow_definitions WHERE "DefinitionId" = 'digitization' AND "Version" = 2
                """, DateTime.UtcNow);
        });

        Assert.Equal([(1, DefinitionState.Retired), (2, DefinitionState.Previous), (3, DefinitionState.Active)],
            (await Client.VersionsAsync()).Select(v => (v.Version, v.State)));
        Assert.All(await Client.VersionsAsync("move"), v => Assert.Equal(DefinitionState.Active, v.State));
        Assert.Equal(3, (await Client.CreateAsync()).Workflow?.Version);
        await (await Client.ActivateAsync("digitization", 2)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);
        Assert.Equal(2, (await Client.CreateAsync(Api.NewRequest(barcode: "39001000456"))).Workflow?.Version);
    }

    [Fact]
    public async Task An_upgrade_keeps_the_letters_sent_before_it_sent_and_the_unsent_ones_pending()
    {
        Host.Mail.Refuse("deferred@example.org", 451, "try again later");
        var sent = await Client.CancelledRequestAsync("sent-before", "sent@example.org");
        await Host.LetterOnceAsync(sent.Id, OutboxState.Sent);
        var deferred = await Client.CancelledRequestAsync("deferred-before", "deferred@example.org");
        await Host.EventuallyAsync(() => Client.LettersAsync(deferred.Id), l => l.Single().Attempts > 0);
        var migrations = await Host.ServiceAsync<LibraryDbContext, List<string>>(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        var beforeStates = migrations[migrations.FindIndex(m => m.EndsWith("_FailedLetters")) - 1];

        // Read before the service starts: a sent letter taken for pending would be sent again at once.
        List<string> states = [];
        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(beforeStates);
            await migrator.MigrateAsync();
            states = await db.Database.SqlQueryRaw<string>("""SELECT "State" AS "Value" FROM outbox_messages ORDER BY "CreatedAt" """).ToListAsync();
        });

        Assert.Equal(["Sent", "Pending"], states);
    }

    [Fact]
    public async Task The_migrate_command_applies_what_is_pending_and_stops()
    {
        await Host.StopAsync();
        await using var db = OpenDatabase();
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        var (exit, output) = await RunServiceAsync("migrate");
        Assert.True(exit == 0, output);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("Applied the migrations", output);
    }

    [Fact]
    public async Task Without_migrating_at_start_up_a_database_that_needs_it_stops_the_service_naming_the_migrations_and_the_command()
    {
        await Host.StopAsync();
        await using var db = OpenDatabase();
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        var pending = (await db.Database.GetPendingMigrationsAsync()).First();

        var (exit, output) = await RunServiceAsync("--Database:Migrate=false");

        Assert.Equal(1, exit);
        Assert.Contains(pending, output);
        Assert.Contains("Database:Migrate is false", output);
        Assert.Contains("dotnet Library.Host.dll migrate", output);
        Assert.Contains(pending, await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_database_made_before_migrations_whose_tables_differ_is_refused_with_what_to_do()
    {
        await Host.StopAsync();
        await using var db = OpenDatabase();
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{HistoryRepository.DefaultTableName}\"");
        await db.Database.ExecuteSqlRawAsync("DROP TABLE scan_stations");

        var (exit, output) = await RunServiceAsync();

        Assert.Equal(1, exit);
        Assert.Contains("table scan_stations is missing", output);
        Assert.Contains("start on a new database", output);
        Assert.Contains("README: Upgrading", output);
        Assert.DoesNotContain(HistoryRepository.DefaultTableName, await TablesAsync(db));
    }

    /// <summary>
    /// One request at each step a librarian leaves it at: on the shelf, in transit, being digitized, waiting for its
    /// file, with its file attached, and waiting for a manager's approval; each with a requester of its own.
    /// </summary>
    private async Task<List<(string Barcode, Guid Id)>> RequestsAtEveryStepAsync()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Blocks", approval: true, userGroup: "Graduate");
        var requests = new List<(string, Guid)>();
        foreach (var (barcode, steps) in new[] { ("on-shelf", 0), ("in-transit", 1), ("digitizing", 2), ("delivering", 3), ("attached", 4) })
        {
            var id = (await Client.CreateAsync(Api.NewRequest(barcode, Requester(barcode)))).Id;
            if (steps >= 1) await (await Client.ScanAtDeskAsync(barcode)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
            if (steps >= 2) await (await Client.ScanAtDepartmentAsync(barcode)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
            if (steps >= 3) await (await Client.NextStepAsync(id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
            if (steps >= 4) await (await Client.AttachAsync(id, Api.FileOf(2048))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
            requests.Add((barcode, id));
        }
        var graduate = Api.NewRequest("awaiting-approval", Requester("awaiting-approval"));
        graduate["requester"]!["userGroup"] = "Graduate";
        var pending = await Client.CreateAsync(graduate);
        Assert.Equal(ApprovalStatus.Pending, pending.Approval?.Status);
        requests.Add(("awaiting-approval", pending.Id));
        return requests;
    }

    /// <summary>Takes a request from wherever it waits to Completed, as staff would.</summary>
    private async Task<DigitizationRequestView> CompleteAsync(Guid id, string barcode)
    {
        var request = await Client.GetRequestAsync(id);
        if (request.Approval?.Status == ApprovalStatus.Pending)
            await (await Client.DecideAsync(id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        if (request.Status is DigitizationStatus.PickupFromShelf or DigitizationStatus.InTransit)
            await (await Client.ScanAtDepartmentAsync(barcode)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        request = await Client.GetRequestAsync(id);
        if (request.Status == DigitizationStatus.Digitization)
            await (await Client.NextStepAsync(id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        if (request.Attachments.Count == 0)
            await (await Client.AttachAsync(id, Api.FileOf(2048))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        return await (await Client.DoneAsync(id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
    }

    private static string Requester(string barcode) => $"{barcode}@example.org";

    /// <summary>The test host's database, opened as the service opens it, while the service is stopped.</summary>
    private LibraryDbContext OpenDatabase()
    {
        var database = TestDatabase.For(Host.Folder);
        return database.Provider == "Postgres"
            ? new PostgresLibraryDbContext(new DbContextOptionsBuilder<PostgresLibraryDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteLibraryDbContext(new DbContextOptionsBuilder<SqliteLibraryDbContext>().UseSqlite(database.ConnectionString).Options);
    }

    private static Task<List<string>> TablesAsync(LibraryDbContext db) =>
        db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
            ? """SELECT table_name AS "Value" FROM information_schema.tables WHERE table_schema = current_schema()"""
            : """SELECT name AS "Value" FROM sqlite_master WHERE type = 'table'""").ToListAsync();

    /// <summary>
    /// The built service (<c>Library.Host.dll</c>, beside the tests) run once on the test host's database, as an
    /// operator would from a shell: its exit code and everything it wrote.
    /// </summary>
    private async Task<(int Exit, string Output)> RunServiceAsync(params string[] arguments)
    {
        var database = TestDatabase.For(Host.Folder);
        var start = HostProcess.Command(new Dictionary<string, string>
        {
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__Workflows"] = database.ConnectionString,
            ["Storage__Path"] = Path.Combine(Host.Folder, "files"),
            ["Accounts__BootstrapAdmin__UserName"] = LibraryHost.AdminUserName,
            ["Accounts__BootstrapAdmin__Password"] = LibraryHost.AdminPassword,
        }, arguments);
        using var service = Process.Start(start)!;
        var output = service.StandardOutput.ReadToEndAsync();
        var errors = service.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await service.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            service.Kill(entireProcessTree: true);
            throw new TimeoutException($"The service did not stop by itself:\n{await output}\n{await errors}");
        }
        return (service.ExitCode, await output + await errors);
    }
}
