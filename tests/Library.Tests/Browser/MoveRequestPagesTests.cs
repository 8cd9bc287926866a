using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Moves;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>The move requests pages in Chromium: the list and its facets, creating a move, its flowchart and cancelling it.</summary>
public sealed class MoveRequestPagesTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Barcode = "39001000999";

    [Fact]
    public async Task Staff_create_a_move_see_where_its_workflow_waits_and_cancel_it_with_a_reason()
    {
        await Page.GotoAsync("/moves");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Move requests");
        await Expect(Page.GetByText("No move request matches.")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Create move request", Exact = true }).ClickAsync();
        var create = Page.GetByRole(AriaRole.Form, new() { Name = "Create move request" });
        await create.GetByLabel("Item barcode", new() { Exact = true }).FillAsync(Barcode);
        var from = create.GetByRole(AriaRole.Group, new() { Name = "From" });
        await from.GetByLabel("Library", new() { Exact = true }).FillAsync("LAW");
        // A missing location is named beside its field, and nothing is created.
        await create.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(from.GetByLabel("Location", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await from.GetByLabel("Location", new() { Exact = true }).FillAsync("GEN");
        var to = create.GetByRole(AriaRole.Group, new() { Name = "To" });
        await to.GetByLabel("Library", new() { Exact = true }).FillAsync("MAIN");
        await to.GetByLabel("Location", new() { Exact = true }).FillAsync("RS");
        await create.GetByLabel("Note", new() { Exact = true }).FillAsync("For ILL-2026-0042");
        await ScreenshotAsync("moves-create");
        await create.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Created a move request for {Barcode}; status In Transit");

        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Barcode });
        await Expect(row).ToContainTextAsync("In Transit");
        await Expect(row).ToContainTextAsync("MAIN / RS");
        await ScreenshotAsync("moves-list");
        var status = Page.GetByLabel("Status", new() { Exact = true });
        await status.SelectOptionAsync("Completed");
        await Expect(row).ToHaveCountAsync(0);
        await status.SelectOptionAsync("In Transit");
        await Expect(row).ToHaveCountAsync(1);

        // Its page: the flowchart marks the two waits, the arrival scan and a cancellation.
        await row.GetByRole(AriaRole.Link, new() { Name = Barcode }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Move of {Barcode}");
        await Expect(Page.Locator(".react-flow__node-activity.waiting")).ToHaveCountAsync(2);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Workflow" })).ToContainTextAsync("waiting at");
        await ScreenshotAsync("move-waiting");

        var cancel = Page.GetByRole(AriaRole.Form, new() { Name = "Cancel move request" });
        await cancel.GetByLabel("Cancel reason", new() { Exact = true }).FillAsync("Partner withdrew the request");
        await cancel.GetByLabel("Note", new() { Exact = true }).FillAsync("by e-mail");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Cancel move", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Cancelled");
        await Expect(cancel).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "History" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "In Transit → Cancelled" }))
            .ToContainTextAsync(LibraryHost.AdminUserName);
        await Expect(Page.Locator(".react-flow__node-activity.waiting")).ToHaveCountAsync(0);
        await ScreenshotAsync("move-cancelled");

        var moves = await (await Client.GetAsync("/api/move-requests")).ReadAsync<MoveRequestPage>(System.Net.HttpStatusCode.OK);
        var move = Assert.Single(moves.Items);
        Assert.Equal(MoveStatus.Cancelled, move.Status);
        // The refused creation is the only console error: Chromium logs the 400 the form showed.
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task The_list_shows_fifty_moves_a_page_and_pages_on_from_the_first_to_the_last()
    {
        for (var i = 0; i < LendingRequestQuery.DefaultPageSize + 1; i++)
            (await Client.PostAsJsonAsync("/api/move-requests", new
            {
                barcode = $"3900200{i:D4}", from = new { library = "LAW", location = "GEN" }, to = new { library = "MAIN", location = "RS" },
            })).EnsureSuccessStatusCode();

        await Page.GotoAsync("/moves");
        await Expect(Page.GetByText("51 move requests, page 1 of 2")).ToBeVisibleAsync();
        var rows = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "MAIN / RS" });
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(rows.First).ToContainTextAsync("39002000000");

        var pages = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await pages.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(Page.GetByText("51 move requests, page 2 of 2")).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("39002000050");
        await Expect(pages.GetByRole(AriaRole.Button, new() { Name = "Next page" })).ToBeDisabledAsync();

        await pages.GetByRole(AriaRole.Button, new() { Name = "Previous page" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(50);
        Assert.Empty(ConsoleErrors);
    }
}
