using System.Net;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Electronic digitization in Chromium: "Change to electronic" from the in-process items' row once the item's record has
/// a representation in the repository, then "View it" on the request's page opens that representation.
/// </summary>
public sealed class ElectronicDigitizationInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task Change_to_electronic_from_the_row_then_View_it_opens_the_representation()
    {
        var file = InProcessRows.Pdf("The representation of Le Rouge et le Noir");
        await Client.AddRuleAsync("DigitalInventory");
        var represented = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(represented.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AddRepresentationAsync(represented.Id, file)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var request = await Client.CreateAsync();

        await Page.GotoAsync("/requests");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Pickup From Shelf" });
        await Client.ExpectActionsAsync(row, request.Id, ["mark-missing", "cancel", "change-to-electronic"]);
        await row.GetByRole(AriaRole.Button, new() { Name = "Change to electronic", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Changed to electronic digitization");
        var changed = await Client.GetRequestAsync(request.Id);
        Assert.Equal((DigitizationInventory.Electronic, DigitizationStatus.Digitization), (changed.Inventory, changed.Status));
        Assert.Contains(changed.History, h => h.Note == "Changed to electronic digitization" && h.Actor == "admin");

        await Page.GotoAsync($"/requests/{request.Id}");
        var facts = Page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Electronic item" });
        var viewIt = facts.GetByRole(AriaRole.Link, new() { Name = "View it", Exact = true });
        await Expect(viewIt).ToHaveAttributeAsync("href", changed.ViewIt!);
        await Expect(Page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Not moved" })).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Change to physical", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("electronic-request-view-it");

        // The link opens a new tab; the browser's session reads what it shows there.
        await Expect(viewIt).ToHaveAttributeAsync("target", "_blank");
        var shown = await Page.APIRequest.GetAsync(changed.ViewIt!);
        Assert.Equal("application/pdf", shown.Headers["content-type"]);
        Assert.Equal(file, await shown.BodyAsync());
        Assert.Empty(ConsoleErrors);
    }
}
