using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The flowchart editor's Export button downloads a definition as the files in <c>workflow-definitions/</c> hold it,
/// a branch fans out from the side panel (an outcome's "also goes to" adds a second connection), and an outcome is
/// connected by dragging from its handle on the chart.
/// </summary>
public sealed class DefinitionExportTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task Export_downloads_the_definition_as_its_file_holds_it()
    {
        await Page.GotoAsync("/definitions/move/1");
        await Expect(Node("await-arrival")).ToBeVisibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Export", Exact = true }).ClickAsync());

        Assert.Equal("move.json", download.SuggestedFilename);
        var exported = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!.AsObject();
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflow-definitions", "move.json")))!.AsObject();
        foreach (var part in new[] { "id", "name", "variables", "activities", "connections" })
            Assert.True(JsonNode.DeepEquals(file[part], exported[part]), $"'{part}' differs from move.json: {exported[part]?.ToJsonString()}");
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_second_target_fans_a_branch_out_and_a_drag_connects_an_outcome_and_both_are_published()
    {
        await Page.GotoAsync("/definitions/move/1");
        await Expect(Node("await-cancellation")).ToBeVisibleAsync();
        await Page.GetByLabel("Activity type", new() { Exact = true }).SelectOptionAsync("SetVariable");
        await Page.GetByLabel("Activity id", new() { Exact = true }).FillAsync("note-cancellation");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add activity", Exact = true }).ClickAsync();
        var panel = Page.GetByRole(AriaRole.Complementary, new() { Name = "Activity" });
        await Node("note-cancellation").ClickAsync();
        await panel.GetByLabel("variable").FillAsync("cancellationNoted");
        await panel.GetByLabel("value").FillAsync("true");

        await Node("await-cancellation").ClickAsync();
        await Expect(panel.GetByLabel("Done goes to", new() { Exact = true })).ToHaveValueAsync("cancelled");
        await panel.GetByLabel("Done also goes to (2)", new() { Exact = true }).SelectOptionAsync("note-cancellation");
        // The new connection takes the slot, and a further empty one is offered.
        await Expect(panel.GetByLabel("Done also goes to (2)", new() { Exact = true })).ToHaveValueAsync("note-cancellation");
        await Expect(panel.GetByLabel("Done also goes to (3)", new() { Exact = true })).ToHaveValueAsync("");
        await ScreenshotAsync("fan-out");

        // The new step's own Done is connected by dragging from its handle onto the activity that ends the branch.
        await DragAsync(Page.Locator(".react-flow__handle.source[data-nodeid='note-cancellation'][data-handleid='Done']"),
            Page.Locator(".react-flow__handle.target[data-nodeid='end-cancelled']"));
        await Node("note-cancellation").ClickAsync();
        await Expect(panel.GetByLabel("Done goes to", new() { Exact = true })).ToHaveValueAsync("end-cancelled");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Validate", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("valid");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version 2");
        await Expect(Page).ToHaveURLAsync(new Regex("/definitions/move/2$"));

        var version2 = await (await Client.GetAsync("/api/workflow-definitions/move/2")).ReadAsync<JsonObject>(HttpStatusCode.OK);
        var fromCancellation = version2["connections"]!.AsArray()
            .Where(c => (string?)c!["source"] == "await-cancellation").Select(c => (string?)c!["target"]).Order().ToList();
        Assert.Equal(["cancelled", "note-cancellation"], fromCancellation);
        Assert.Contains(version2["connections"]!.AsArray(),
            c => (string?)c!["source"] == "note-cancellation" && (string?)c["target"] == "end-cancelled" && ((string?)c["outcome"] ?? "Done") == "Done");
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>
    /// A drag with the mouse held down across the canvas, as React Flow follows pointer moves to connect; the window is
    /// made tall enough for the whole chart, since the mouse only reaches what is on screen.
    /// </summary>
    private async Task DragAsync(ILocator from, ILocator to)
    {
        await Page.SetViewportSizeAsync(Desktop.Width, 1200);
        var start = (await from.BoundingBoxAsync())!;
        var end = (await to.BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(start.X + start.Width / 2, start.Y + start.Height / 2);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(end.X + end.Width / 2, end.Y + end.Height / 2, new() { Steps = 10 });
        await Page.Mouse.UpAsync();
    }

    /// <summary>A flowchart node: React Flow gives its element the activity id as <c>data-id</c>.</summary>
    private ILocator Node(string activityId) => Page.Locator($"[data-id='{activityId}']");
}
