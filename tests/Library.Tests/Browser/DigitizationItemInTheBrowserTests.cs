using System.Net;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// A request's item and files in Chromium: Mark missing from the in-process items' row, and deleting an attachment on
/// the request's page, where the files' total size and the item's whereabouts show.
/// </summary>
public sealed class DigitizationItemInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task Mark_missing_from_the_row_cancels_the_request_with_its_note_and_flags_the_item()
    {
        var request = await Client.CreateAsync();

        await Page.GotoAsync("/requests");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Api.Barcode });
        await Client.ExpectActionsAsync(row, request.Id, ["mark-missing", "cancel"]);
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark missing", Exact = true }).ClickAsync();
        var panel = Page.GetByRole(AriaRole.Form, new() { Name = "Mark missing: Le Rouge et le Noir" });
        await panel.GetByLabel("Note to the requester", new() { Exact = true }).FillAsync("Not on the shelf on 1 December");
        await ScreenshotAsync("mark-missing-filled");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Confirm missing", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked missing: Le Rouge et le Noir");
        var cancelled = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Cancelled, cancelled.Status);
        Assert.Equal(new CancellationView("Item is missing", "Not on the shelf on 1 December"), cancelled.Cancellation);
        Assert.NotNull((await (await Client.GetAsync($"/api/items/{Api.Barcode}")).ReadAsync<CatalogueItemView>(HttpStatusCode.OK)).MissingSince);
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task A_delivery_file_is_deleted_on_the_request_page_after_confirming_and_the_total_follows()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AttachAsync(request.Id, Api.FileOf(2048), "wrong-pages.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.AttachAsync(request.Id, Api.FileOf(3072, seed: 2), "right-pages.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);

        await Page.GotoAsync($"/requests/{request.Id}");
        await Expect(Page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "At department" })).ToHaveTextAsync($"At department {Api.Department}");
        var attachments = Page.GetByRole(AriaRole.Region, new() { Name = "Attachments" });
        await Expect(attachments).ToContainTextAsync("Total size: 5 KB");
        await attachments.GetByRole(AriaRole.Button, new() { Name = "Delete wrong-pages.pdf", Exact = true }).ClickAsync();
        await ScreenshotAsync("attachment-confirm-delete");
        await attachments.GetByRole(AriaRole.Button, new() { Name = "Confirm deletion of wrong-pages.pdf", Exact = true }).ClickAsync();

        await Expect(attachments.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deleted wrong-pages.pdf");
        await Expect(attachments).ToContainTextAsync("Total size: 3 KB");
        await Expect(attachments.GetByRole(AriaRole.Link, new() { Name = "wrong-pages.pdf" })).ToHaveCountAsync(0);
        await Expect(attachments.GetByRole(AriaRole.Link, new() { Name = "right-pages.pdf" })).ToHaveCountAsync(1);
        var view = await Client.GetRequestAsync(request.Id);
        Assert.Equal(["right-pages.pdf"], view.Attachments.Select(a => a.FileName));
        Assert.Contains(view.History, h => h.Note?.StartsWith("Removed wrong-pages.pdf") == true);
        Assert.Empty(ConsoleErrors);
    }
}
