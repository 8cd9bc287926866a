using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;
using Library.Persistence;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Testing;
using Workflows.Traces;

namespace Library.Tests.Upgrades;

/// <summary>
/// Upgrading from the release whose lending definition was a flowchart (one activity, AwaitLendingAction, waited for
/// every action, child end and deadline of a request in one wait): the requests it left running are moved at start-up
/// onto the state machine at the status each had, and go on from there.
/// </summary>
public sealed class LendingUpgradeTests : HostTest
{
    /// <summary>The lending definition of the release before, as its workflow-definitions/lending.json held it.</summary>
    private const string Flowchart = """
        {
          "id": "lending",
          "version": 1,
          "name": "Resource-sharing lending request: locate, then one action at a time; the status rules live in LendingTransitions",
          "variables": { "requestId": null, "partnerEvent": null },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "locate", "type": "LocateLendingItem" },
            { "id": "await-action", "type": "AwaitLendingAction" },
            { "id": "notify-partner", "type": "NotifyPartner" }
          ],
          "connections": [
            { "source": "start", "target": "locate" },
            { "source": "locate", "outcome": "Located", "target": "await-action" },
            { "source": "locate", "outcome": "NotFound", "target": "await-action" },
            { "source": "await-action", "outcome": "Acted", "target": "await-action" },
            { "source": "await-action", "outcome": "TellPartner", "target": "notify-partner" },
            { "source": "notify-partner", "target": "await-action" }
          ]
        }
        """;

    [Fact]
    public async Task Lending_requests_running_on_the_flowchart_of_the_release_before_move_onto_the_state_machine_at_their_status_and_complete()
    {
        var created = await Client.CreateLendingAsync();
        var willSupply = await Client.CreateLendingAsync();
        await Client.ActAsync(willSupply.Id, "will-supply");
        var shipped = await Client.CreateLendingAsync();
        await Client.ActAsync(shipped.Id, "will-supply");
        await Client.ActAsync(shipped.Id, "ship-physically", LendingApi.Shipment("2099-01-31"));
        var conditional = await Client.CreateLendingAsync();
        await Client.ActAsync(conditional.Id, "conditional", new { reason = "Library use only", replyBy = "2099-01-05" });
        var requests = new[] { created.Id, willSupply.Id, shipped.Id, conditional.Id };
        var views = new List<LendingRequestView>();
        foreach (var id in requests) views.Add(await Client.GetLendingAsync(id));

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync(
                $"""UPDATE workflow_definitions SET "Json" = {Flowchart}, "ContentHash" = 'release-before' WHERE "DefinitionId" = 'lending' AND "Version" = 1"""));
            foreach (var view in views) await WaitAsTheFlowchartDidAsync(db, view);
        });

        var zone = await Host.ServiceAsync<IOptions<LendingSettings>, TimeZoneInfo>(o => Task.FromResult(o.Value.InstitutionTimeZone()));
        var expected = new Dictionary<Guid, (LendingStatus Status, LendingAction Open, DateTime Timer)>
        {
            [created.Id] = (LendingStatus.LendingRequestCreated, LendingAction.WillSupply, LendingDeadline.EndOf(new DateOnly(2099, 12, 20), zone)),
            [willSupply.Id] = (LendingStatus.WillSupply, LendingAction.ShipPhysically, LendingDeadline.EndOf(new DateOnly(2099, 12, 20), zone)),
            [shipped.Id] = (LendingStatus.ShippedPhysically, LendingAction.ReceivedByPartner, LendingDeadline.EndOf(new DateOnly(2099, 1, 31), zone)),
            [conditional.Id] = (LendingStatus.Conditional, LendingAction.ConditionalReply, LendingDeadline.EndOf(new DateOnly(2099, 12, 20), zone)),
        };
        foreach (var (id, (status, open, timer)) in expected)
        {
            var moved = await Client.GetLendingAsync(id);
            Assert.Equal(status, moved.Status);
            Assert.Equal(2, moved.Workflow?.Version);
            Assert.Contains(open, moved.AllowedActions);
            Assert.Single(moved.History, h => h.Note?.StartsWith($"moved from version 1 to version 2 at status {status.DisplayName()}") == true);
            Assert.Equal([timer], await TimersAsync(id));
        }

        // A second start finds nothing left on the flowchart.
        await Host.RestartAsync();
        foreach (var id in requests)
            Assert.Single((await Client.GetLendingAsync(id)).History, h => h.Note?.StartsWith("moved from version 1") == true);

        // The conditions interrupted Lending Request Created; accepting them returns there.
        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.ActAsync(conditional.Id, "conditional-reply", new { accept = true })).Status);
        foreach (var id in requests)
            Assert.Equal(LendingStatus.RequestCompleted, (await CompleteAsync(id)).Status);
    }

    [Fact]
    public async Task Lending_requests_on_a_state_machine_version_that_named_no_partner_event_move_onto_the_newest_and_tell_the_partner()
    {
        var shipped = await Client.CreateLendingAsync();
        await Client.ActAsync(shipped.Id, "will-supply");
        await Client.ActAsync(shipped.Id, "ship-physically", LendingApi.Shipment("2099-01-31"));
        var cancelling = await Client.CreateLendingAsync();
        await Client.ActAsync(cancelling.Id, "will-supply");
        await Client.ActAsync(cancelling.Id, "cancel-requested");
        var machineV1 = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Upgrades", "lending-state-machine-v1.json"));

        // The requests' instances are as version 1 left them: its statuses and actions are the newest's, in the same order.
        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync(
                $"""UPDATE workflow_definitions SET "Json" = {machineV1}, "ContentHash" = 'machine-v1' WHERE "DefinitionId" = 'lending' AND "Version" = 1"""));
        });

        foreach (var (request, status) in new[] { (shipped, LendingStatus.ShippedPhysically), (cancelling, LendingStatus.CancelReply) })
        {
            var moved = await Client.GetLendingAsync(request.Id);
            Assert.Equal((status, 2), (moved.Status, moved.Workflow?.Version));
            Assert.Single(moved.History, h => h.Note?.StartsWith($"moved from version 1 to version 2 at status {status.DisplayName()}") == true);
        }
        await Host.RestartAsync();
        Assert.Single((await Client.GetLendingAsync(shipped.Id)).History, h => h.Note?.StartsWith("moved from version 1") == true);

        Assert.Equal(LendingStatus.RequestCompleted, (await Client.ActAsync(shipped.Id, "check-in")).Status);
        await Host.Mail.WaitForAsync(m => m.Subject == $"Returned item checked in: \"{shipped.Item.Title}\" ({shipped.ExternalId})");
        // The cancel request interrupted Will Supply; declining it returns there and tells the partner so.
        Assert.Equal(LendingStatus.WillSupply, (await Client.ActAsync(cancelling.Id, "cancel-reply", new { accept = false })).Status);
        await Host.Mail.WaitForAsync(m => m.Subject == $"Cancellation refused: \"{cancelling.Item.Title}\" ({cancelling.ExternalId})");
    }

    /// <summary>
    /// Rewrites the request's instance as the flowchart left it: no machine status, no timer variables, and one wait at
    /// await-action holding the LendingAction bookmark keyed by the request and the timer of its deadline, keyed as
    /// LendingDeadline keyed it. The rows the state machine wrote are reused, so the ids stay the database's own.
    /// </summary>
    private static async Task WaitAsTheFlowchartDidAsync(LibraryDbContext db, LendingRequestView request)
    {
        var requestId = request.Id.ToString();
        var instanceId = await db.Database.SqlQuery<Guid>($"""SELECT "Id" AS "Value" FROM workflow_instances WHERE "CorrelationId" = {requestId}""").SingleAsync();
        var state = JsonNode.Parse(await db.Database.SqlQuery<string>($"""SELECT "State" AS "Value" FROM workflow_instances WHERE "Id" = {instanceId}""").SingleAsync())!.AsObject();
        var wait = state["waits"]!.AsArray().Single()!.AsObject();
        var bookmarks = wait["bookmarks"]!.AsArray().Select(b => b!.AsObject()).ToList();
        var action = bookmarks.First(b => (string?)b["name"] != "timer");
        var timer = bookmarks.Single(b => (string?)b["name"] == "timer");
        var deadline = request.Status == LendingStatus.ShippedPhysically
            ? $"Overdue:{request.DueDate:yyyy-MM-dd}"
            : $"Expiry:{request.NeededBy:yyyy-MM-dd}";
        var actionName = (string)action["name"]!;
        var timerKey = $"lending:{requestId}:{deadline}";

        await db.Database.ExecuteSqlAsync($"""DELETE FROM workflow_bookmarks WHERE "InstanceId" = {instanceId} AND "Name" <> 'timer' AND "Name" <> {actionName}""");
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE workflow_bookmarks SET "Name" = 'LendingAction', "Key" = {requestId}, "ActivityId" = 'await-action', "Payload" = NULL WHERE "InstanceId" = {instanceId} AND "Name" = {actionName}""");
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE workflow_bookmarks SET "Key" = {timerKey}, "ActivityId" = 'await-action', "Payload" = NULL WHERE "InstanceId" = {instanceId} AND "Name" = 'timer'""");

        state.Remove("machine");
        var variables = state["variables"]!.AsObject();
        variables.Remove(LendingTimers.DueAt);
        variables.Remove(LendingTimers.NeededByAt);
        wait["activityId"] = "await-action";
        wait["bookmarks"] = new JsonArray(
            new JsonObject { ["id"] = action["id"]!.DeepClone(), ["name"] = "LendingAction", ["key"] = requestId, ["dueAt"] = null },
            new JsonObject { ["id"] = timer["id"]!.DeepClone(), ["name"] = "timer", ["key"] = timerKey, ["dueAt"] = timer["dueAt"]!.DeepClone() });
        var json = state.ToJsonString();
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"""UPDATE workflow_instances SET "State" = {json} WHERE "Id" = {instanceId}"""));
    }

    /// <summary>Takes a request from its status to Request Completed by the actions staff would take.</summary>
    private async Task<LendingRequestView> CompleteAsync(Guid id)
    {
        var request = await Client.GetLendingAsync(id);
        if (request.Status == LendingStatus.LendingRequestCreated) request = await Client.ActAsync(id, "will-supply");
        if (request.Status == LendingStatus.WillSupply) request = await Client.ActAsync(id, "ship-physically", LendingApi.Shipment("2099-02-28"));
        return await Client.ActAsync(id, "check-in", new { internalNote = "shelved again" });
    }

    private async Task<List<DateTime>> TimersAsync(Guid requestId)
    {
        var trace = await Host.ServiceAsync<WorkflowTraces, WorkflowTrace?>(traces => traces.FindAsync(requestId.ToString(), LendingWorkflow.Id));
        return trace!.Waiting.Where(w => w.DueAt is not null).Select(w => w.DueAt!.Value).ToList();
    }

    /// <summary>The test host's database, opened as the service opens it, while the service is stopped.</summary>
    private LibraryDbContext OpenDatabase()
    {
        var database = TestDatabase.For(Host.Folder);
        return database.Provider == "Postgres"
            ? new PostgresLibraryDbContext(new DbContextOptionsBuilder<PostgresLibraryDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteLibraryDbContext(new DbContextOptionsBuilder<SqliteLibraryDbContext>().UseSqlite(database.ConnectionString).Options);
    }
}
