using System.Text.Json.Nodes;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Issue 16: the digitization definition's activities (50 since version 3 added the choice of inventory and the changes between physical and electronic, and dropped the approval's own fork), which fit-to-view shrank to unreadable boxes, open at a zoom
/// whose labels can be read at 1280×800, on the start in the designer and on where the request waits on its page, with
/// a minimap of the whole and a button that fits all of it in view.
/// </summary>
public sealed class LargeChartTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const int DigitizationActivities = 50;

    [Fact]
    public async Task The_designer_opens_the_digitization_flowchart_legible_on_its_start_with_a_minimap_and_fit_shows_every_activity()
    {
        await Page.GotoAsync("/definitions/digitization/1");
        var chart = Page.GetByRole(AriaRole.Region, new() { Name = "Flowchart of digitization", Exact = true });

        await ChartChecks.ExpectLegibleInViewAsync(chart.Node("start"));
        await ChartChecks.ExpectMinimapAsync(chart, DigitizationActivities);
        await ScreenshotAsync("opened-on-start");

        await ChartChecks.FitAndExpectEveryNodeShownAsync(chart, DigitizationActivities);
        await ScreenshotAsync("fit");
        Assert.Empty(ConsoleErrors);
    }

    /// <summary>
    /// Every definition the service ships, of either kind, opens from the definitions list legible on its start, with
    /// the minimap of all its nodes and a fit that shows them all; a state machine's own checks find nothing in it.
    /// </summary>
    [Fact]
    public async Task Every_shipped_definition_opens_legible_on_its_start_and_fits_whole()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.json").Order())
        {
            var file = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
            var id = (string)file["id"]!;
            var stateMachine = (string?)file["kind"] == "stateMachine";
            await Page.GotoAsync("/definitions");
            await Page.GetByRole(AriaRole.Link, new() { Name = id, Exact = true }).ClickAsync();
            var chart = Page.GetByRole(AriaRole.Region, new() { Name = $"{(stateMachine ? "State machine" : "Flowchart")} of {id}", Exact = true });

            var start = stateMachine ? "$start" : (string)file["activities"]!.AsArray().Single(a => (string?)a!["type"] == "Start")!["id"]!;
            // A state machine's nodes: its states, the start, and one area per group.
            var nodes = stateMachine
                ? file["states"]!.AsArray().Count + 1 + file["states"]!.AsArray().Select(s => (string?)s!["group"]).OfType<string>().Distinct().Count()
                : file["activities"]!.AsArray().Count;
            await ChartChecks.ExpectLegibleInViewAsync(chart.Node(start));
            await ChartChecks.ExpectMinimapAsync(chart, nodes);
            if (stateMachine)
                await Expect(Page.GetByRole(AriaRole.Complementary, new() { Name = "Checks", Exact = true })).ToContainTextAsync("No problems found.");
            await ScreenshotAsync($"{id}-opened");
            await ChartChecks.FitAndExpectEveryNodeShownAsync(chart, nodes);
            await ScreenshotAsync($"{id}-fit");
        }
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task A_requests_flowchart_opens_legible_on_the_activity_it_waits_in()
    {
        var request = await Client.CreateAsync();
        // The scan it waits for, and beside it in their branches a cancellation and the expiry.
        var waitingAt = request.Workflow!.WaitingAt;
        Assert.Contains("scan-in", waitingAt);

        await Page.GotoAsync($"/requests/{request.Id}");
        var chart = Page.GetByRole(AriaRole.Region, new() { Name = "Flowchart of digitization version 1", Exact = true });
        await chart.ScrollIntoViewIfNeededAsync();

        foreach (var activity in waitingAt)
        {
            await Expect(chart.Node(activity)).ToHaveAttributeAsync("data-waiting", "true");
            await ChartChecks.ExpectLegibleInViewAsync(chart.Node(activity));
        }
        await ChartChecks.ExpectMinimapAsync(chart, DigitizationActivities);
        await Expect(chart.Locator(".react-flow__minimap-node.waiting")).ToHaveCountAsync(waitingAt.Count);
        await ScreenshotAsync("opened-on-wait");

        await ChartChecks.FitAndExpectEveryNodeShownAsync(chart, DigitizationActivities);
        await ScreenshotAsync("fit");
        Assert.Empty(ConsoleErrors);
    }
}
