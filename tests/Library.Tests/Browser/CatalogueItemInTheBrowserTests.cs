using System.Net;
using System.Net.Http.Json;
using Library.Catalogue;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The item catalogue in Chromium where digitization meets it: the Create request form's look-up by barcode, and "Item
/// found" on the catalogue page for an item Mark missing flagged, with the item's history.
/// </summary>
public sealed class CatalogueItemInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Serial = "39001000901";

    private ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task Look_up_fills_the_item_from_the_catalogue_and_an_unknown_barcode_is_left_to_staff()
    {
        var item = new { title = "Journal of Examples", issn = "0317-8471", library = "MAIN", location = "PER", mmsId = "991234500001", volume = "12", issue = "3" };
        await (await Client.PutAsJsonAsync($"/api/items/{Serial}", item)).ReadAsync<CatalogueItemView>(HttpStatusCode.Created);
        await Page.GotoAsync("/requests/new");

        await Field("Barcode").FillAsync("39009999999");
        await Button("Look up").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Barcode 39009999999 is not in the item catalogue: enter the item's details.");
        await Expect(Field("Title")).ToHaveValueAsync("");

        await Field("Barcode").FillAsync(Serial);
        await Button("Look up").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Filled from the item catalogue: Journal of Examples");
        await Expect(Field("Title")).ToHaveValueAsync("Journal of Examples");
        await Expect(Field("Library")).ToHaveValueAsync("MAIN");
        await Expect(Field("Location")).ToHaveValueAsync("PER");
        await Expect(Field("MMS id")).ToHaveValueAsync("991234500001");
        await Expect(Field("ISSN")).ToHaveValueAsync("0317-8471");
        await Expect(Field("Volume")).ToHaveValueAsync("12");
        await Expect(Field("Issue")).ToHaveValueAsync("3");

        await Field("Requester id").FillAsync("p-7001");
        await Field("E-mail").FillAsync("reader@example.org");
        await Field("User group").FillAsync("Undergraduate");
        await Field("Department").SelectOptionAsync(Api.Department);
        await ScreenshotAsync("create-request-looked-up");
        await Button("Create request").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Journal of Examples" })).ToBeVisibleAsync();

        var created = (await (await Client.GetAsync("/api/requests")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK)).Single();
        var view = await Client.GetRequestAsync(created.Id);
        Assert.Equal(new ItemBody(Serial, "Journal of Examples", "MAIN", "PER", null, "991234500001", null, "0317-8471", "12", "3"), view.Item);
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task A_missing_item_is_listed_and_found_again_on_the_catalogue_page()
    {
        var request = await Client.CreateAsync();
        await (await Client.PostAsJsonAsync($"/api/requests/{request.Id}/mark-missing", new { note = "Not on the shelf" }))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        await Page.GotoAsync("/items");
        var rows = Page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Filter(new() { HasText = "Missing since" })).ToHaveCountAsync(1);
        await Field("Missing items only").CheckAsync();
        await Button("Search").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Le Rouge et le Noir");
        await Expect(rows.First).ToContainTextAsync("Missing since");
        await rows.First.GetByRole(AriaRole.Button, new() { Name = $"Item found: {Api.Barcode}", Exact = true }).ClickAsync();
        var panel = Page.GetByRole(AriaRole.Form, new() { Name = "Item found: Le Rouge et le Noir" });
        // The panel shows who flagged the item, for which request.
        await Expect(panel.GetByRole(AriaRole.List, new() { Name = "History of the item" })).ToContainTextAsync("by admin — Not on the shelf");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "digitization request", Exact = true })).ToHaveAttributeAsync("href", $"/requests/{request.Id}");
        await panel.GetByLabel("Where it was found", new() { Exact = true }).FillAsync("Misshelved in MAIN/STOR");
        await ScreenshotAsync("item-found-filled");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Confirm found", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Found:" }))
            .ToHaveTextAsync($"Found: Le Rouge et le Noir ({Api.Barcode}) is no longer missing");
        await Expect(Page.Locator("table tbody tr")).ToHaveCountAsync(0);
        Assert.Null((await (await Client.GetAsync($"/api/items/{Api.Barcode}")).ReadAsync<CatalogueItemView>(HttpStatusCode.OK)).MissingSince);
        var history = await (await Client.GetAsync($"/api/items/{Api.Barcode}/history")).ReadAsync<List<ItemHistoryView>>(HttpStatusCode.OK);
        Assert.Equal((ItemEvent.Found, "admin", "Misshelved in MAIN/STOR"), (history[^1].Event, history[^1].Actor, history[^1].Note));
        Assert.Empty(ConsoleErrors);
    }
}
