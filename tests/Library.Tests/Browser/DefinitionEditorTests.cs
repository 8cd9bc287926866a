using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Moves;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using Workflows.Persistence;
using Workflows.Traces;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Issue 6's second scenario, in Chromium: the move definition gets a SetVariable step between the arrival scan and
/// "Completed" in the flowchart editor and is published as version 2, a draft that moves do not start on until the
/// administrator activates it; a move started before runs on to its end on version 1, a move started after the
/// activation runs version 2 through the new step. Then the list rolls back to version 1 in one click.
/// </summary>
public sealed class DefinitionEditorTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    /// <summary>The activity the editor adds: harmless, it only records a variable (and so a history entry).</summary>
    private const string NewActivity = "note-arrival";

    [Fact]
    public async Task A_definition_edited_in_the_flowchart_editor_runs_as_version_2_while_an_old_instance_stays_on_version_1()
    {
        // Item 39001000999 goes from LAW/GEN to MAIN/RS: version 1 waits at await-arrival for its scan there.
        var old = await CreateMoveAsync("39001000999", from: ("LAW", "GEN"), to: ("MAIN", "RS"));
        Assert.Equal(1, (await InstanceOfAsync(old.Id)).DefinitionVersion);

        await InsertSetVariableAfterArrivalAsync();
        var whileDraft = await CreateMoveAsync("39001000123", from: ("MAIN", "GEN"), to: ("LAW", "RES"));
        Assert.Equal(1, (await InstanceOfAsync(whileDraft.Id)).DefinitionVersion);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Activate version 2", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 is active");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("active");
        await ScreenshotAsync("editor-version-2-active");

        var definitions = await (await Client.GetAsync("/api/workflow-definitions")).ReadAsync<JsonArray>(HttpStatusCode.OK);
        Assert.Equal([1, 2], definitions.Where(d => (string?)d!["id"] == "move").Select(d => (int)d!["version"]!).Order());
        var version2 = await (await Client.GetAsync("/api/workflow-definitions/move/2")).ReadAsync<JsonObject>(HttpStatusCode.OK);
        Assert.Contains(version2["activities"]!.AsArray(), a => (string?)a!["id"] == NewActivity && (string?)a["type"] == "SetVariable");
        var connections = version2["connections"]!.AsArray().Select(c => ((string?)c!["source"], (string?)c["target"])).ToList();
        Assert.Contains(("await-arrival", NewActivity), connections);
        Assert.Contains((NewActivity, "completed"), connections);
        Assert.DoesNotContain(("await-arrival", "completed"), connections);

        // The old instance finishes on the version it started with.
        var arrived = await (await Client.ScanAtDeskAsync("39001000999", "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((old.Id, MoveStatus.Completed), (arrived.Id, arrived.Status));
        var oldInstance = await InstanceOfAsync(old.Id);
        Assert.Equal((1, WorkflowStatus.Finished), (oldInstance.DefinitionVersion, oldInstance.Status));
        var oldSteps = await StepsOfAsync(oldInstance.InstanceId);
        Assert.Contains("await-arrival", oldSteps);
        Assert.DoesNotContain(NewActivity, oldSteps);

        // A new move starts on version 2 and passes through the new step on arrival.
        var fresh = await CreateMoveAsync("39001000456", from: ("MAIN", "STOR"), to: ("LAW", "GEN"));
        Assert.Equal(2, (await InstanceOfAsync(fresh.Id)).DefinitionVersion);
        var freshArrived = await (await Client.ScanAtDeskAsync("39001000456", "LAW", "GEN")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((fresh.Id, MoveStatus.Completed), (freshArrived.Id, freshArrived.Status));
        var freshInstance = await InstanceOfAsync(fresh.Id);
        Assert.Equal((2, WorkflowStatus.Finished), (freshInstance.DefinitionVersion, freshInstance.Status));
        // From the arrival scan's entry on (an earlier one records the wait): the new step, then "Completed".
        var freshSteps = await StepsOfAsync(freshInstance.InstanceId);
        Assert.Equal(["await-arrival", NewActivity, "completed"], freshSteps.Skip(freshSteps.LastIndexOf("await-arrival")).Take(3));

        // The list offers the version active before, one click away.
        await Page.GotoAsync("/definitions");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = "move", Exact = true }) });
        await Expect(row).ToContainTextAsync("v2 active");
        await row.GetByRole(AriaRole.Button, new() { Name = "Roll back to v1", Exact = true }).ClickAsync();
        await Expect(row).ToContainTextAsync("v1 active");
        await ScreenshotAsync("definitions-rolled-back");
        Assert.Equal(1, (await Client.ActiveAsync("move"))["version"]!.GetValue<int>());
        Assert.Equal(1, (await InstanceOfAsync((await CreateMoveAsync("39001000789", from: ("MAIN", "GEN"), to: ("LAW", "RES"))).Id)).DefinitionVersion);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_version_without_a_wait_the_service_resumes_is_refused_in_the_editor_naming_the_wait()
    {
        await Page.GotoAsync("/definitions/move/1");
        await Expect(Node("await-arrival")).ToBeVisibleAsync();
        var panel = Page.GetByRole(AriaRole.Complementary, new() { Name = "Activity" });
        // Both arrivals go, the desk on the way and the destination: the move's 'MoveArrival' wait is then not left.
        foreach (var arrival in new[] { "await-via", "await-arrival" })
        {
            await Node(arrival).ClickAsync();
            await Expect(panel).ToContainTextAsync(arrival);
            await panel.GetByRole(AriaRole.Button, new() { Name = "Remove activity" }).ClickAsync();
            await Expect(Node(arrival)).ToHaveCountAsync(0);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("'MoveArrival'");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("AwaitArrival");
        await ScreenshotAsync("refused");
        Assert.Equal([1], (await Client.VersionsAsync("move")).Select(v => v.Version));
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors)); // the browser's own line for the refused publish
    }

    /// <summary>
    /// In the editor: a SetVariable from the palette, its inputs in the side panel, its Done to "completed", and
    /// await-arrival's Done re-routed to it; then Publish.
    /// </summary>
    private async Task InsertSetVariableAfterArrivalAsync()
    {
        await Page.GotoAsync("/definitions");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("definitions");
        await Page.GetByRole(AriaRole.Link, new() { Name = "move", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/definitions/move/1$"));
        await Expect(Node("await-arrival")).ToBeVisibleAsync();
        await ScreenshotAsync("editor-version-1");

        await Page.GetByLabel("Activity type", new() { Exact = true }).SelectOptionAsync("SetVariable");
        await Page.GetByLabel("Activity id", new() { Exact = true }).FillAsync(NewActivity);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add activity", Exact = true }).ClickAsync();
        await Expect(Node(NewActivity)).ToBeVisibleAsync();

        var panel = Page.GetByRole(AriaRole.Complementary, new() { Name = "Activity" });
        await Node(NewActivity).ClickAsync();
        await Expect(panel).ToContainTextAsync(NewActivity);
        // Input labels are the input names; not exact, so a "(JSON)" or required mark beside a name does not matter.
        await panel.GetByLabel("variable").FillAsync("arrivalNote");
        await panel.GetByLabel("value").FillAsync("\"recorded by version 2\"");
        await panel.GetByLabel("Done goes to", new() { Exact = true }).SelectOptionAsync("completed");

        await Node("await-arrival").ClickAsync();
        // The panel's own select, not text: the new activity's panel lists "await-arrival" among its targets too.
        var arrivalDone = panel.Locator("#outcome-await-arrival-Done-0");
        await Expect(arrivalDone).ToBeVisibleAsync();
        await arrivalDone.SelectOptionAsync(NewActivity);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version 2 as a draft");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("draft");
        await ScreenshotAsync("editor-version-2");
    }

    /// <summary>A flowchart node: React Flow gives its element the activity id as <c>data-id</c>.</summary>
    private ILocator Node(string activityId) => Page.Locator($"[data-id='{activityId}']");

    private async Task<MoveRequestView> CreateMoveAsync(string barcode, (string Library, string Location) from, (string Library, string Location) to)
    {
        var body = new JsonObject
        {
            ["barcode"] = barcode,
            ["from"] = new JsonObject { ["library"] = from.Library, ["location"] = from.Location },
            ["to"] = new JsonObject { ["library"] = to.Library, ["location"] = to.Location },
            ["note"] = "Browser test",
        };
        var move = await (await Client.PostAsJsonAsync("/api/move-requests", body)).ReadAsync<MoveRequestView>(HttpStatusCode.Created);
        Assert.Equal(MoveStatus.InTransit, move.Status);
        return move;
    }

    /// <summary>The trace of the move's workflow; the move API does not show its version, the runtime's read surface does.</summary>
    private async Task<WorkflowTrace> InstanceOfAsync(Guid moveId) =>
        (await Host.ServiceAsync<WorkflowTraces, WorkflowTrace?>(traces => traces.FindAsync(moveId.ToString(), "move")))!;

    /// <summary>The activity ids of the instance's history, in the order they ran.</summary>
    private async Task<List<string>> StepsOfAsync(Guid instanceId) =>
        (await Host.ServiceAsync<WorkflowTraces, WorkflowTrace?>(traces => traces.GetAsync(instanceId)))!.History.Select(h => h.ActivityId).ToList();
}
