using System.Text.Json.Nodes;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Issue 16: the lending state machine in the designer, as start-up imported workflow-definitions/lending.json (and,
/// for edits exported without storing them, that file opened through Import): statuses as nodes inside their group's
/// area, actions as labelled edges, actions from every status listed beside the chart rather than drawn from each, and
/// the palette and side panel that edit it, with the checks shown at once.
/// </summary>
public sealed class StateMachineDesignerTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    /// <summary>The lending process after Alma's "Managing Resource Sharing Lending Requests": 20 statuses.</summary>
    private static readonly string LendingFile = Path.Combine(AppContext.BaseDirectory, "workflow-definitions", "lending.json");

    private static readonly JsonObject Lending = DefinitionApi.Shipped("lending.json");

    private static IEnumerable<JsonObject> States(string group) =>
        Lending["states"]!.AsArray().Select(s => s!.AsObject()).Where(s => (string?)s["group"] == group);

    [Fact]
    public async Task Lending_is_drawn_with_its_statuses_grouped_and_its_actions_on_labelled_edges()
    {
        var chart = await OpenLendingAsync();

        // It opens legible on the start, like a flowchart.
        await ChartChecks.ExpectLegibleInViewAsync(chart.Node("$start"));
        await ChartChecks.ExpectMinimapAsync(chart, 20 + 1 + 2);
        await ScreenshotAsync("opened-on-start");

        // Every status is a node, inside its group's area; the areas do not overlap.
        var active = await BoxAsync(chart.Node("group:active"));
        var completed = await BoxAsync(chart.Node("group:completed"));
        await Expect(chart.Node("group:active")).ToHaveTextAsync("Active");
        await Expect(chart.Node("group:completed")).ToHaveTextAsync("Completed");
        Assert.False(Overlap(active, completed), "The active and completed areas overlap.");
        foreach (var (group, area) in new[] { ("active", active), ("completed", completed) })
        {
            foreach (var state in States(group))
            {
                var node = chart.Node((string)state["name"]!);
                Assert.True(Inside(await BoxAsync(node), area), $"{state["name"]} is not inside the {group} area.");
            }
        }
        await Expect(chart.Node("Request Completed")).ToContainTextAsync("final");
        await Expect(chart.Node("Lending Request Created")).ToContainTextAsync("expire at neededByAt");

        // One edge per pair of statuses, labelled with the actions' labels (their names where they have none); an
        // outcome map names the outcome.
        await Expect(Transition(chart, "Start → Lending Request Created")).ToHaveTextAsync("Located");
        await Expect(Transition(chart, "Start → Locate Failed")).ToHaveTextAsync("NotFound");
        await Expect(Transition(chart, "Lending Request Created → Will Supply")).ToHaveTextAsync("will-supply");
        await Expect(Transition(chart, "Will Supply → Request Completed").GetByRole(AriaRole.Button))
            .ToHaveTextAsync(["ship-non-returnable", "ship-digitally", "ship-digitally: Complete", "Move or digitization ended: Ship"]);
        await Expect(Transition(chart, "Will Supply → Shipped Digitally").GetByRole(AriaRole.Button))
            .ToHaveTextAsync(["ship-non-returnable", "ship-digitally: AwaitReceipt", "Move or digitization ended: Ship"]);
        await Expect(Transition(chart, "Will Supply → Shipped Physically").GetByRole(AriaRole.Button))
            .ToHaveTextAsync(["ship-physically", "ship-non-returnable"]);
        await Expect(Transition(chart, "Shipped Physically → Received by Partner")).ToHaveTextAsync("received-by-partner");
        // Two entries of one action that read the same there say the gates that tell them apart.
        await Expect(chart.Node("Will Supply")).ToContainTextAsync("Move or digitization ended: Keep (status stays) (if not profile awaitDigitalReceipt)");
        await Expect(chart.Node("Will Supply")).ToContainTextAsync("Move or digitization ended: Keep (status stays) (if profile awaitDigitalReceipt)");
        await Expect(Transition(chart, "Conditional → Lending Request Created")).ToHaveTextAsync("conditional-reply: Accepted");
        // "$interrupted" is drawn back to each status the remembering action came from, dashed.
        await Expect(Transition(chart, "Cancel Reply → Conditional")).ToHaveTextAsync("cancel-reply: Declined (back)");
        await Expect(Transition(chart, "Cancel Reply → Locate Failed")).ToHaveTextAsync("cancel-reply: Declined (back)");
        await Expect(chart.Locator("path.back-edge")).ToHaveCountAsync(5);

        // Actions from every status are a list under the chart, not an edge from each status.
        var anyStatus = Page.GetByRole(AriaRole.Group, new() { Name = "From any status", Exact = true });
        await Expect(anyStatus.GetByRole(AriaRole.Button)).ToHaveTextAsync(["assign", "release", "notes", "partner-email", "Partner asked for the status"]);
        await Expect(chart.Locator(".action-labels").Filter(new() { HasText = "assign" })).ToHaveCountAsync(0);

        await ChartChecks.FitAndExpectEveryNodeShownAsync(chart, 20 + 1 + 2);
        await ScreenshotAsync("fit");
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_selected_status_and_a_selected_action_open_in_the_side_panel_and_a_renamed_status_is_renamed_in_every_action()
    {
        var chart = await OpenLendingAsync();

        // The start: what a new request runs first, and where each outcome leads.
        await chart.Node("$start").ClickAsync();
        var start = Page.GetByRole(AriaRole.Complementary, new() { Name = "Start", Exact = true });
        await Expect(start.GetByRole(AriaRole.Heading, new() { Name = "locate (LocateLendingItem)" })).ToBeVisibleAsync();
        await Expect(start.GetByLabel("Leads", new() { Exact = true })).ToHaveValueAsync("outcome");
        await Expect(start.GetByLabel("Located leads to", new() { Exact = true })).ToHaveValueAsync("Lending Request Created");
        await Expect(start.GetByLabel("NotFound leads to", new() { Exact = true })).ToHaveValueAsync("Locate Failed");

        await chart.Node("Will Supply").ClickAsync();
        var status = Page.GetByRole(AriaRole.Complementary, new() { Name = "Status", Exact = true });
        await Expect(status.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Will Supply");
        await Expect(status.GetByLabel("Group", new() { Exact = true })).ToHaveValueAsync("active");
        await Expect(status.GetByRole(AriaRole.Checkbox, new() { Name = "Final: a request in it is closed" })).Not.ToBeCheckedAsync();
        // Both entries of ship-digitally, one for each setting of the partner's profile.
        await Expect(status.GetByRole(AriaRole.Button, new() { Name = "ship-digitally", Exact = true })).ToHaveCountAsync(2);
        // Its edges are drawn strong, the others faint.
        await Expect(Transition(chart, "Lending Request Created → Will Supply")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("strong-edge"));
        await Expect(Transition(chart, "Start → Lending Request Created")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("faint-edge"));

        await status.GetByLabel("Name", new() { Exact = true }).FillAsync("Will Supply Confirmed");
        await status.GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Expect(chart.Node("Will Supply Confirmed")).ToBeVisibleAsync();
        await Expect(chart.Node("Will Supply")).ToHaveCountAsync(0);
        await Expect(Transition(chart, "Lending Request Created → Will Supply Confirmed")).ToHaveTextAsync("will-supply");
        await ScreenshotAsync("status-renamed");

        await Transition(chart, "Lending Request Created → Will Supply Confirmed").GetByRole(AriaRole.Button, new() { Name = "will-supply" }).ClickAsync();
        var action = Page.GetByRole(AriaRole.Complementary, new() { Name = "Action", Exact = true });
        await Expect(action.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("will-supply");
        await Expect(action.GetByLabel("Label", new() { Exact = true })).ToHaveValueAsync("");
        foreach (var from in new[] { "Lending Request Created", "Locate Failed", "Request Reactivated" })
            await Expect(action.GetByRole(AriaRole.Checkbox, new() { Name = from, Exact = true })).ToBeCheckedAsync();
        await Expect(action.GetByRole(AriaRole.Checkbox, new() { Name = "Conditional", Exact = true })).Not.ToBeCheckedAsync();
        await Expect(action.GetByLabel("Leads", new() { Exact = true })).ToHaveValueAsync("status");
        await Expect(action.GetByLabel("Status", new() { Exact = true })).ToHaveValueAsync("Will Supply Confirmed");
        await Expect(action.GetByLabel("Source", new() { Exact = true })).ToHaveValueAsync("profile");
        await Expect(action.GetByLabel("Flag", new() { Exact = true })).ToHaveValueAsync("willSupplyStep");
        await Expect(action.GetByRole(AriaRole.Heading, new() { Name = "apply (ApplyLendingAction)" })).ToBeVisibleAsync();
        await Expect(action.GetByRole(AriaRole.Heading, new() { Name = "notify (NotifyPartner)" })).ToBeVisibleAsync();
        await ScreenshotAsync("action-selected");

        // An action's label edits the edge; from Conditional too adds an edge from there.
        await action.GetByLabel("Label", new() { Exact = true }).FillAsync("Will supply (confirmed)");
        await action.GetByRole(AriaRole.Checkbox, new() { Name = "Conditional", Exact = true }).CheckAsync();
        await Expect(Transition(chart, "Locate Failed → Will Supply Confirmed")).ToHaveTextAsync("Will supply (confirmed)");
        await Expect(Transition(chart, "Conditional → Will Supply Confirmed")).ToHaveTextAsync("Will supply (confirmed)");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Statuses_and_actions_added_in_the_designer_are_checked_at_once_and_exported_as_edited()
    {
        var chart = await ImportAsync();
        var checks = Page.GetByRole(AriaRole.Complementary, new() { Name = "Checks", Exact = true });
        await Expect(checks).ToBeVisibleAsync();

        // A new status nothing leads to yet: the check says so on the node and in its panel.
        await Page.GetByLabel("Status name", new() { Exact = true }).FillAsync("Awaiting Payment");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add status", Exact = true }).ClickAsync();
        var status = Page.GetByRole(AriaRole.Complementary, new() { Name = "Status", Exact = true });
        await Expect(status.GetByRole(AriaRole.List, new() { Name = "Problems" })).ToHaveTextAsync("It cannot be reached from the start.");
        await Expect(chart.Node("Awaiting Payment")).ToContainTextAsync("It cannot be reached from the start.");
        Assert.True(Inside(await BoxAsync(chart.Node("Awaiting Payment")), await BoxAsync(chart.Node("group:active"))));
        await ScreenshotAsync("status-added");

        // An action to it from the palette: it is reached, and the new action is open in the panel.
        var palette = Page.GetByRole(AriaRole.Form, new() { Name = "Add an action", Exact = true });
        await palette.GetByLabel("Action name", new() { Exact = true }).FillAsync("ask-payment");
        await palette.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("Will Supply");
        await palette.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("Awaiting Payment");
        await palette.GetByRole(AriaRole.Button, new() { Name = "Add action", Exact = true }).ClickAsync();
        var action = Page.GetByRole(AriaRole.Complementary, new() { Name = "Action", Exact = true });
        await Expect(action.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("ask-payment");
        await action.GetByLabel("Label", new() { Exact = true }).FillAsync("Ask for payment");
        await Expect(Transition(chart, "Will Supply → Awaiting Payment")).ToHaveTextAsync("Ask for payment");
        await Expect(chart.Node("Awaiting Payment").Locator(".activity-problem")).ToHaveCountAsync(0);

        // Back to the status it interrupted, when no action that remembers one leads to where it is allowed from.
        await action.GetByLabel("Leads", new() { Exact = true }).SelectOptionAsync("interrupted");
        await Expect(action.GetByRole(AriaRole.List, new() { Name = "Problems" }))
            .ToHaveTextAsync("It leads back to the status it interrupted, but no action with \"remember\" leads to \"Will Supply\".");
        await action.GetByLabel("Leads", new() { Exact = true }).SelectOptionAsync("status");
        await action.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Awaiting Payment");
        await Expect(action.GetByRole(AriaRole.List, new() { Name = "Problems" })).ToHaveCountAsync(0);

        // A second "reject" from a status the first is allowed from: allowed twice.
        await palette.GetByLabel("Action name", new() { Exact = true }).FillAsync("reject");
        await palette.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("Lending Request Created");
        await palette.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("Rejected");
        await palette.GetByRole(AriaRole.Button, new() { Name = "Add action", Exact = true }).ClickAsync();
        await Expect(action.GetByRole(AriaRole.List, new() { Name = "Problems" }))
            .ToHaveTextAsync("\"reject\" is allowed twice from \"Lending Request Created\".");
        await ScreenshotAsync("duplicate-action");
        await action.GetByRole(AriaRole.Button, new() { Name = "Remove action", Exact = true }).ClickAsync();
        await Expect(checks).Not.ToContainTextAsync("allowed twice");

        // A drag from one status's handle to another adds an action between them, open for naming; the whole chart
        // fitted first, as the two are far apart in lending's layout.
        await chart.GetByRole(AriaRole.Button, new() { Name = "Fit the whole chart", Exact = true }).ClickAsync();
        await Expect(chart.Node("Awaiting Payment")).ToBeInViewportAsync();
        await Expect(chart.Node("Shipped Digitally")).ToBeInViewportAsync();
        await DragAsync(chart.Locator(".react-flow__handle.source[data-nodeid='Awaiting Payment']"),
            chart.Locator(".react-flow__handle.target[data-nodeid='Shipped Digitally']"));
        await Expect(action.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("new-action");
        await action.GetByLabel("Name", new() { Exact = true }).FillAsync("paid");
        await Expect(Transition(chart, "Awaiting Payment → Shipped Digitally")).ToHaveTextAsync("paid");

        // A timer on the new status takes the new action when the instant in paymentDueAt comes.
        // The drag may have panned the chart (React Flow pans while a connection nears its edge): fit it, then select.
        await chart.GetByRole(AriaRole.Button, new() { Name = "Fit the whole chart", Exact = true }).ClickAsync();
        await chart.Node("Awaiting Payment").ClickAsync();
        var timers = status.GetByRole(AriaRole.Form, new() { Name = "Add a timer", Exact = true });
        await timers.GetByLabel("At the instant in", new() { Exact = true }).FillAsync("paymentDueAt");
        await timers.GetByLabel("Take", new() { Exact = true }).SelectOptionAsync("paid");
        await timers.GetByRole(AriaRole.Button, new() { Name = "Add timer", Exact = true }).ClickAsync();
        await Expect(chart.Node("Awaiting Payment")).ToContainTextAsync("Timer: paid at paymentDueAt");
        await ScreenshotAsync("edited");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Export", Exact = true }).ClickAsync());
        Assert.Equal("lending.json", download.SuggestedFilename);
        var exported = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!.AsObject();
        Assert.Equal("stateMachine", (string?)exported["kind"]);
        var added = exported["states"]!.AsArray().Single(s => (string?)s!["name"] == "Awaiting Payment")!;
        Assert.Equal("""{"name":"Awaiting Payment","group":"active","timers":[{"at":"paymentDueAt","action":"paid"}]}""", added.ToJsonString());
        var actions = exported["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(Lending["actions"]!.AsArray().Count + 2, actions.Count);
        var askPayment = actions.Single(a => (string?)a["name"] == "ask-payment");
        Assert.Equal("""{"name":"ask-payment","from":["Will Supply"],"to":"Awaiting Payment","label":"Ask for payment"}""", askPayment.ToJsonString());
        var paid = actions.Single(a => (string?)a["name"] == "paid");
        Assert.Equal("""{"name":"paid","from":["Awaiting Payment"],"to":"Shipped Digitally"}""", paid.ToJsonString());
        Assert.Single(actions, a => (string?)a["name"] == "reject");
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>Opens the version of lending start-up imported from the definitions list, and answers the chart it draws.</summary>
    private async Task<ILocator> OpenLendingAsync()
    {
        await Page.GotoAsync("/definitions");
        await Page.GetByRole(AriaRole.Link, new() { Name = "lending", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("(lending, version 1, active)");
        return await ChartOfLendingAsync();
    }

    /// <summary>Opens the import page from the definitions list, gives it lending.json, and answers the chart it draws.</summary>
    private async Task<ILocator> ImportAsync()
    {
        await Page.GotoAsync("/definitions");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import a definition file", Exact = true }).ClickAsync();
        await Page.GetByLabel("Definition file", new() { Exact = true }).SetInputFilesAsync(LendingFile);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("lending, not stored yet");
        return await ChartOfLendingAsync();
    }

    private async Task<ILocator> ChartOfLendingAsync()
    {
        var chart = Page.GetByRole(AriaRole.Region, new() { Name = "State machine of lending", Exact = true });
        await Expect(chart.Node("$start")).ToBeVisibleAsync();
        return chart;
    }

    /// <summary>The labels of the edge between two statuses ("Start" for the start).</summary>
    private static ILocator Transition(ILocator chart, string fromTo) => chart.Locator($".action-labels[data-transition='{fromTo}']");

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not drawn.");

    private static bool Inside(LocatorBoundingBoxResult inner, LocatorBoundingBoxResult outer) =>
        inner.X >= outer.X && inner.Y >= outer.Y && inner.X + inner.Width <= outer.X + outer.Width && inner.Y + inner.Height <= outer.Y + outer.Height;

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    /// <summary>A drag with the mouse held down, as React Flow follows pointer moves to connect.</summary>
    private async Task DragAsync(ILocator from, ILocator to)
    {
        var start = await BoxAsync(from);
        var end = await BoxAsync(to);
        await Page.Mouse.MoveAsync(start.X + start.Width / 2, start.Y + start.Height / 2);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(end.X + end.Width / 2, end.Y + end.Height / 2, new() { Steps = 10 });
        await Page.Mouse.UpAsync();
    }
}
