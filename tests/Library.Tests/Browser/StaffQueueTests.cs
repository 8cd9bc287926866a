using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The department staff's pages in Chromium: scanning an item in at a chosen department, and working the in-process
/// items with the row actions the API says are valid now.
/// </summary>
public sealed class StaffQueueTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Title = "Le Rouge et le Noir";

    [Fact]
    public async Task An_item_scanned_in_at_the_chosen_department_moves_to_digitization()
    {
        // A second department, listed first, so the page's default is the wrong one and the choice matters.
        (await Client.PutAsJsonAsync("/api/departments/AV_LAB", new { name = "Audio-visual lab", description = "", workTimeDays = 7, servedLibraries = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();
        var request = await Client.CreateAsync();
        Assert.Equal(DigitizationStatus.PickupFromShelf, request.Status);

        await Page.GotoAsync("/scan-in");
        var department = Page.GetByLabel("Department", new() { Exact = true });
        await Expect(department.Locator("option")).ToHaveCountAsync(2);
        await Expect(Page.GetByLabel("Station", new() { Exact = true })).ToHaveValueAsync("station-1");
        await department.SelectOptionAsync(Api.Department);
        await Page.GetByLabel("Barcode", new() { Exact = true }).FillAsync(Api.Barcode);
        await ScreenshotAsync("scan-in-filled");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Scan in", Exact = true }).ClickAsync();

        var status = Page.GetByRole(AriaRole.Status);
        await Expect(status).ToContainTextAsync(Api.Barcode);
        await Expect(status).ToContainTextAsync(Title);
        await Expect(status).ToContainTextAsync("Digitization");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        // Ready for the next item: the barcode field is empty and has the focus, the department stays chosen.
        await Expect(Page.GetByLabel("Barcode", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(Page.GetByLabel("Barcode", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(department).ToHaveValueAsync(Api.Department);
        await ScreenshotAsync("scan-in-scanned");

        var scanned = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Digitization, scanned.Status);
        Assert.Equal(["next-step", "cancel"], scanned.Actions);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task Staff_take_a_request_through_next_step_attach_and_done_and_cancel_another_with_a_reason()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var other = Api.NewRequest(barcode: "39001000456");
        other["item"]!["title"] = "La Chartreuse de Parme";
        var waiting = await Client.CreateAsync(other);

        await Page.GotoAsync("/requests");
        var status = Page.GetByLabel("Status", new() { Exact = true });
        var row = Row(Api.Barcode);
        var otherRow = Row("39001000456");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(otherRow).ToHaveCountAsync(1);
        await ScreenshotAsync("requests-all");

        // The Status facet: only the request in Digitization, with the actions the API gives it.
        await status.SelectOptionAsync("Digitization");
        await Expect(otherRow).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("Digitization");
        await Client.ExpectActionsAsync(row, request.Id, ["next-step", "cancel"]);
        await ScreenshotAsync("requests-digitization");

        await row.GetByRole(AriaRole.Button, new() { Name = "Next Step", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Document Delivery");
        // Still filtered by Digitization: the row left the list.
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal(DigitizationStatus.DocumentDelivery, (await Client.GetRequestAsync(request.Id)).Status);

        await status.SelectOptionAsync("Document Delivery");
        await Expect(row).ToContainTextAsync("Document Delivery");
        await Client.ExpectActionsAsync(row, request.Id, ["attach", "done", "cancel"]);
        await row.GetByRole(AriaRole.Button, new() { Name = "Attach documents", Exact = true }).ClickAsync();
        var attach = Page.GetByRole(AriaRole.Form, new() { Name = $"Attach documents: {Title}" });
        await attach.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "chapitre-3.pdf",
            MimeType = "application/pdf",
            Buffer = InProcessRows.Pdf("chapitre 3"),
        });
        await attach.GetByLabel("Note", new() { Exact = true }).FillAsync("Pages 12 to 34");
        await ScreenshotAsync("requests-attach");
        await attach.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Attached chapitre-3.pdf");
        await Expect(attach).ToHaveCountAsync(0);
        var attached = await Client.GetRequestAsync(request.Id);
        Assert.Equal("chapitre-3.pdf", Assert.Single(attached.Attachments).FileName);

        await row.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Completed");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal(DigitizationStatus.Completed, (await Client.GetRequestAsync(request.Id)).Status);
        await status.SelectOptionAsync("Completed");
        await Expect(row).ToContainTextAsync("Completed");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("requests-completed");

        // The other request, still waiting to be fetched from the shelf, is cancelled with a reason.
        await status.SelectOptionAsync("Pickup From Shelf");
        await Expect(otherRow).ToContainTextAsync("Pickup From Shelf");
        await Client.ExpectActionsAsync(otherRow, waiting.Id, ["mark-missing", "cancel"]);
        await otherRow.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        var cancel = Page.GetByRole(AriaRole.Form, new() { Name = "Cancel: La Chartreuse de Parme" });
        // Alma: Digitization Processing lists no cancel reasons, so the reason is typed (a select would list them).
        await cancel.GetByLabel("Cancel reason", new() { Exact = true }).FillAsync("Item is missing from the shelf");
        await cancel.GetByLabel("Note to the requester", new() { Exact = true }).FillAsync("We could not find the book.");
        await ScreenshotAsync("requests-cancel");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Confirm cancellation", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cancelled");
        await Expect(otherRow).ToHaveCountAsync(0);
        await ScreenshotAsync("requests-cancelled");

        var cancelled = await Client.GetRequestAsync(waiting.Id);
        Assert.Equal(DigitizationStatus.Cancelled, cancelled.Status);
        Assert.Equal(("Item is missing from the shelf", "We could not find the book."), (cancelled.Cancellation?.Reason, cancelled.Cancellation?.Note));
        Assert.Empty(cancelled.Actions);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>The request's row of the table, found by its barcode.</summary>
    private ILocator Row(string barcode) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = barcode });
}
