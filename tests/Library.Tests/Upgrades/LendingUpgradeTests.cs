using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;
using Library.Moves;
using Library.Persistence;
using Library.Tests.Infrastructure;
using Library.Tests.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Testing;
using Workflows.Persistence;
using Workflows.Traces;

namespace Library.Tests.Upgrades;

/// <summary>
/// Upgrading from the release whose lending definition was a flowchart (one activity, AwaitLendingAction, waited for
/// every action, child end and deadline of a request in one wait): the requests it left running are moved at start-up
/// onto the state machine at the status each had, and go on from there.
/// </summary>
public sealed class LendingUpgradeTests : HostTest
{
    private readonly CapturedLogs _logs = new();

    public override Task InitializeAsync()
    {
        Host = LibraryHost.Start(logs: _logs);
        return Task.CompletedTask;
    }

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
        var cancelAsked = await Client.CreateLendingAsync();
        await Client.ActAsync(cancelAsked.Id, "will-supply");
        await Client.ActAsync(cancelAsked.Id, "cancel-requested");
        var conditionsCancelAsked = await Client.CreateLendingAsync();
        await Client.ActAsync(conditionsCancelAsked.Id, "will-supply");
        await Client.ActAsync(conditionsCancelAsked.Id, "conditional", new { reason = "Library use only", replyBy = "2099-01-05" });
        await Client.ActAsync(conditionsCancelAsked.Id, "cancel-requested");
        var moving = await Client.CreateLendingAsync();
        await Client.ActAsync(moving.Id, "move-request", new { library = "MAIN", location = "RS" });
        var digitizing = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        var digitizationId = Assert.Single((await Client.ActAsync(digitizing.Id, "digitization-request", new { department = Api.Department })).Alerts).LinkedRequestId!.Value;
        var requests = new[] { created.Id, willSupply.Id, shipped.Id, conditional.Id, cancelAsked.Id, conditionsCancelAsked.Id, moving.Id, digitizing.Id };
        var views = new List<LendingRequestView>();
        foreach (var id in requests) views.Add(await Client.GetLendingAsync(id));

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            await PutTheFlowchartBackAsync(db);
            foreach (var view in views) await WaitAsTheFlowchartDidAsync(db, view);
        });

        var zone = await Host.ServiceAsync<IOptions<LendingSettings>, TimeZoneInfo>(o => Task.FromResult(o.Value.InstitutionTimeZone()));
        var neededBy = LendingDeadline.EndOf(new DateOnly(2099, 12, 20), zone);
        var expected = new Dictionary<Guid, (LendingStatus Status, LendingAction Open, DateTime[] Timers)>
        {
            [created.Id] = (LendingStatus.LendingRequestCreated, LendingAction.WillSupply, [neededBy]),
            [willSupply.Id] = (LendingStatus.WillSupply, LendingAction.ShipPhysically, [neededBy]),
            [shipped.Id] = (LendingStatus.ShippedPhysically, LendingAction.ReceivedByPartner, [LendingDeadline.EndOf(new DateOnly(2099, 1, 31), zone)]),
            [conditional.Id] = (LendingStatus.Conditional, LendingAction.ConditionalReply, [neededBy]),
            [cancelAsked.Id] = (LendingStatus.CancelReply, LendingAction.CancelReply, []),
            [conditionsCancelAsked.Id] = (LendingStatus.CancelReply, LendingAction.CancelReply, []),
            [moving.Id] = (LendingStatus.LendingRequestCreated, LendingAction.WillSupply, [neededBy]),
            [digitizing.Id] = (LendingStatus.LendingRequestCreated, LendingAction.WillSupply, [neededBy]),
        };
        foreach (var (id, (status, open, timers)) in expected)
        {
            var moved = await Client.GetLendingAsync(id);
            Assert.Equal(status, moved.Status);
            Assert.Equal((2, WorkflowStatus.Suspended), (moved.Workflow?.Version, moved.Workflow?.Status));
            Assert.Contains(EnumNames<LendingAction>.Of(open), moved.AllowedActions.Select(a => a.Name));
            Assert.Single(moved.History, h => h.Note?.StartsWith($"moved from version 1 to version 2 at status {status.DisplayName()}") == true);
            Assert.Equal(timers, await TimersAsync(id));
        }

        // A second start finds nothing left on the flowchart.
        await Host.RestartAsync();
        foreach (var id in requests)
            Assert.Single((await Client.GetLendingAsync(id)).History, h => h.Note?.StartsWith("moved from version 1") == true);

        // Accepted conditions return to Lending Request Created (Alma: Managing Resource Sharing Lending Requests,
        // "Conditional").
        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.ActAsync(conditional.Id, "conditional-reply", new { accept = true })).Status);
        // A declined cancel returns to the status the cancel request interrupted: Will Supply, or the conditions, whose
        // acceptance then leads to Lending Request Created.
        Assert.Equal(LendingStatus.WillSupply, (await Client.ActAsync(cancelAsked.Id, "cancel-reply", new { accept = false })).Status);
        Assert.Equal(LendingStatus.Conditional, (await Client.ActAsync(conditionsCancelAsked.Id, "cancel-reply", new { accept = false })).Status);
        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.ActAsync(conditionsCancelAsked.Id, "conditional-reply", new { accept = true })).Status);
        // The children the flowchart waited for end into the state machine's child-ended action.
        Assert.Equal(HttpStatusCode.OK, (await Client.CancelAsync(digitizationId)).StatusCode);
        var digitizationEnded = await Client.GetLendingAsync(digitizing.Id);
        Assert.Equal((LendingStatus.LendingRequestCreated, "Digitization request cancelled"), (digitizationEnded.Status, Assert.Single(digitizationEnded.Alerts).Message));
        await (await Client.ScanAtDeskAsync("39001000999", "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        var moveEnded = await Client.GetLendingAsync(moving.Id);
        Assert.Equal("Move request completed", Assert.Single(moveEnded.Alerts).Message);
        Assert.Contains(moveEnded.History, h => h.Note == "Move request completed");
        foreach (var id in requests.Except([digitizing.Id]))
            Assert.Equal(LendingStatus.RequestCompleted, (await CompleteAsync(id)).Status);
        Assert.Equal(LendingStatus.Rejected, (await Client.ActAsync(digitizing.Id, "reject", new { reason = "Not available for loan" })).Status);
    }

    [Fact]
    public async Task A_request_that_cannot_move_is_left_faulted_with_the_reason_while_the_service_starts_and_the_others_move()
    {
        var good = await Client.CreateLendingAsync();
        var orphaned = await Client.CreateLendingAsync();
        var garbled = await Client.CreateLendingAsync();
        var views = new List<LendingRequestView>();
        foreach (var id in new[] { good.Id, orphaned.Id, garbled.Id }) views.Add(await Client.GetLendingAsync(id));

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            await PutTheFlowchartBackAsync(db);
            foreach (var view in views) await WaitAsTheFlowchartDidAsync(db, view);
            db.LendingRequests.Remove(await db.LendingRequests.SingleAsync(r => r.Id == orphaned.Id));
            await db.SaveChangesAsync();
            await SetStatusAsync(db, garbled.Id, "Mislaid");
        });

        // The service serves, and the request that could move did.
        var moved = await Client.GetLendingAsync(good.Id);
        Assert.Equal((2, WorkflowStatus.Suspended), (moved.Workflow?.Version, moved.Workflow?.Status));

        // The two that could not are faulted on the flowchart version, their incidents naming the move and why.
        var faulted = await FaultedLendingAsync();
        Assert.Equal(new[] { garbled.Id.ToString(), orphaned.Id.ToString() }.Order(), faulted.Select(f => f.CorrelationId!).Order());
        Assert.All(faulted, f => Assert.Equal((1, "moved", "Move"), (f.Version, f.Incident?.Activity, f.Incident?.Type)));
        Assert.Contains($"not moved from version 1 to version 2: Lending instance", faulted.Single(f => f.CorrelationId == orphaned.Id.ToString()).Fault);
        Assert.Contains($"serves no lending request ('{orphaned.Id}')", faulted.Single(f => f.CorrelationId == orphaned.Id.ToString()).Fault);
        var garbledFault = faulted.Single(f => f.CorrelationId == garbled.Id.ToString());
        Assert.Contains("Mislaid", garbledFault.Fault);
        Assert.Equal(2, _logs.Lines.Count(l => l.Level == LogLevel.Error && l.Category == typeof(LendingUpgrade).FullName && l.Message.Contains("could not be moved onto version 2")));

        // A retry does not redo a move; it says so, and nothing changes.
        await (await Client.PostAsync($"/api/workflow-instances/{garbledFault.Id}/retry", null)).ProblemAsync(HttpStatusCode.Conflict, "a retry does not redo");
        Assert.Equal(WorkflowStatus.Faulted, (await FaultedLendingAsync()).Single(f => f.Id == garbledFault.Id).Status);

        // With its status put right, the next start moves it; the one without a request stays faulted.
        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = OpenDatabase();
            await SetStatusAsync(db, garbled.Id, nameof(LendingStatus.LendingRequestCreated));
        });
        var repaired = await Client.GetLendingAsync(garbled.Id);
        Assert.Equal((2, WorkflowStatus.Suspended, (string?)null), (repaired.Workflow?.Version, repaired.Workflow?.Status, repaired.Workflow?.Fault));
        Assert.Contains(EnumNames<LendingAction>.Of(LendingAction.WillSupply), repaired.AllowedActions.Select(a => a.Name));
        Assert.Equal([orphaned.Id.ToString()], (await FaultedLendingAsync()).Select(f => f.CorrelationId));
        Assert.Equal(LendingStatus.RequestCompleted, (await CompleteAsync(garbled.Id)).Status);
    }

    private async Task<List<WorkflowInstanceSummaryView>> FaultedLendingAsync() =>
        (await Client.GetFromJsonAsync<WorkflowInstancePageView>("/api/workflow-instances?status=faulted&definition=lending", LibraryHost.Json))!.Items.ToList();

    private static async Task SetStatusAsync(LibraryDbContext db, Guid requestId, string status) =>
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"""UPDATE lending_requests SET "Status" = {status} WHERE "Id" = {requestId}"""));

    /// <summary>Puts the lending definition the release before imported back in place of version 1.</summary>
    private static async Task PutTheFlowchartBackAsync(LibraryDbContext db) =>
        Assert.Equal(1, await db.Database.ExecuteSqlAsync(
            $"""UPDATE workflow_definitions SET "Json" = {Flowchart}, "ContentHash" = 'release-before' WHERE "DefinitionId" = 'lending' AND "Version" = 1"""));

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
    /// await-action holding the LendingAction bookmark keyed by the request, the RunWorkflow bookmark of the child it
    /// started that is still in process, keyed by the child, and the timer of its deadline, keyed as LendingDeadline
    /// keyed it. The rows the state machine wrote are reused, so the ids stay the database's own.
    /// </summary>
    private static async Task WaitAsTheFlowchartDidAsync(LibraryDbContext db, LendingRequestView request)
    {
        var requestId = request.Id.ToString();
        var instanceId = await db.Database.SqlQuery<Guid>($"""SELECT "Id" AS "Value" FROM workflow_instances WHERE "CorrelationId" = {requestId} AND "ParentInstanceId" IS NULL""").SingleAsync();
        var state = JsonNode.Parse(await db.Database.SqlQuery<string>($"""SELECT "State" AS "Value" FROM workflow_instances WHERE "Id" = {instanceId}""").SingleAsync())!.AsObject();
        var wait = state["waits"]!.AsArray().Single()!.AsObject();
        var bookmarks = wait["bookmarks"]!.AsArray().Select(b => b!.AsObject()).ToList();
        var action = bookmarks.First(b => (string?)b["name"] is not ("timer" or "child-ended"));
        var actionName = (string)action["name"]!;
        var flowchartWait = new JsonArray(new JsonObject { ["id"] = action["id"]!.DeepClone(), ["name"] = "LendingAction", ["key"] = requestId, ["dueAt"] = null });
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE workflow_bookmarks SET "Name" = 'LendingAction', "Key" = {requestId}, "ActivityId" = 'await-action', "Payload" = NULL WHERE "InstanceId" = {instanceId} AND "Name" = {actionName}""");

        var children = await db.Database.SqlQuery<Guid>(
            $"""SELECT "Id" AS "Value" FROM workflow_instances WHERE "ParentInstanceId" = {instanceId} AND "Status" <> 'Completed' AND "Status" <> 'Cancelled'""").ToListAsync();
        Assert.Equal(request.Alerts.Count(a => a.Message.EndsWith(" in process")), children.Count);
        if (children.Count > 0)
        {
            var child = Assert.Single(children);
            var childKey = child.ToString();
            var ended = bookmarks.Single(b => (string?)b["name"] == "child-ended");
            flowchartWait.Add(new JsonObject { ["id"] = ended["id"]!.DeepClone(), ["name"] = "child", ["key"] = childKey, ["dueAt"] = null });
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE workflow_bookmarks SET "Name" = 'child', "Key" = {childKey}, "ActivityId" = 'await-action', "Payload" = NULL WHERE "InstanceId" = {instanceId} AND "Name" = 'child-ended'""");
        }

        if (bookmarks.SingleOrDefault(b => (string?)b["name"] == "timer") is { } timer)
        {
            var deadline = request.Status == LendingStatus.ShippedPhysically
                ? $"Overdue:{request.DueDate:yyyy-MM-dd}"
                : $"Expiry:{request.NeededBy:yyyy-MM-dd}";
            var timerKey = $"lending:{requestId}:{deadline}";
            flowchartWait.Add(new JsonObject { ["id"] = timer["id"]!.DeepClone(), ["name"] = "timer", ["key"] = timerKey, ["dueAt"] = timer["dueAt"]!.DeepClone() });
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE workflow_bookmarks SET "Key" = {timerKey}, "ActivityId" = 'await-action', "Payload" = NULL WHERE "InstanceId" = {instanceId} AND "Name" = 'timer'""");
        }
        await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM workflow_bookmarks WHERE "InstanceId" = {instanceId} AND "Name" <> 'LendingAction' AND "Name" <> 'child' AND "Name" <> 'timer'""");

        state.Remove("machine");
        var variables = state["variables"]!.AsObject();
        variables.Remove(LendingTimers.DueAt);
        variables.Remove(LendingTimers.NeededByAt);
        wait["activityId"] = "await-action";
        wait["bookmarks"] = flowchartWait;
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
    private LibraryDbContext OpenDatabase() => Host.OpenDatabase();
}
