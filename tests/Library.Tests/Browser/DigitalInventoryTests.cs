using System.Net;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Rules;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using Workflows.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Delivery to the institution's digital inventory in Chromium: a request routed there is taken to Digital Inventory
/// with Next Step, and staff add its representation with the row action "Add digital inventory".
/// </summary>
public sealed class DigitalInventoryTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string RuleName = "Undergraduates: digital inventory";
    private const string Title = "Le Rouge et le Noir";

    [Fact]
    public async Task Staff_add_digital_inventory_from_the_row_and_the_request_completes()
    {
        await Client.AddRuleAsync("DigitalInventory", name: RuleName);
        var request = await Client.CreateAsync();
        Assert.Equal((RuleName, DigitizationTarget.DigitalInventory), (request.Rule.Name, request.Rule.Target));
        Assert.Null(request.Approval);
        Assert.Equal(DigitizationStatus.Digitization, (await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK)).Status);

        await Page.GotoAsync("/requests");
        var status = Page.GetByLabel("Status", new() { Exact = true });
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Api.Barcode });
        await status.SelectOptionAsync("Digitization");
        await Expect(row).ToContainTextAsync("Digitization");
        await Expect(row).ToContainTextAsync("Digital inventory");
        await Client.ExpectActionsAsync(row, request.Id, ["next-step", "cancel"]);
        await ScreenshotAsync("requests-digitization");

        await row.GetByRole(AriaRole.Button, new() { Name = "Next Step", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Digital Inventory");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal(DigitizationStatus.DigitalInventory, (await Client.GetRequestAsync(request.Id)).Status);

        // In Digital Inventory the row offers the representation, and no Done: adding it is the delivery.
        await status.SelectOptionAsync("Digital Inventory");
        await Expect(row).ToContainTextAsync("Digital Inventory");
        await Client.ExpectActionsAsync(row, request.Id, ["add-representation", "cancel"]);
        await row.GetByRole(AriaRole.Button, new() { Name = "Add digital inventory", Exact = true }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = $"Add digital inventory: {Title}" });
        await Expect(form).ToBeVisibleAsync();
        var files = form.GetByLabel("Files", new() { Exact = true });
        var usage = form.GetByLabel("Usage type", new() { Exact = true });
        var library = form.GetByLabel("Library", new() { Exact = true });
        await Expect(usage).ToHaveValueAsync("Primary");
        byte[] first = InProcessRows.Pdf("chapitre 3, pages 12-23"), second = InProcessRows.Pdf("chapitre 3, pages 24-34, with the plates");
        await files.SetInputFilesAsync(
        [
            new FilePayload { Name = "chapitre-3-a.pdf", MimeType = "application/pdf", Buffer = first },
            new FilePayload { Name = "chapitre-3-b.pdf", MimeType = "application/pdf", Buffer = second },
        ]);
        await usage.SelectOptionAsync("Derivative");

        // Without a library the API names the field; it shows beside it, and the chosen files and usage type stay.
        await form.GetByRole(AriaRole.Button, new() { Name = "Add representation", Exact = true }).ClickAsync();
        await Expect(library).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(library).ToHaveAccessibleDescriptionAsync(new Regex("'library' is required"));
        await Expect(usage).ToHaveValueAsync("Derivative");
        Assert.Equal(2, await files.EvaluateAsync<int>("input => input.files.length"));
        await ScreenshotAsync("requests-add-digital-inventory-refused");
        var refused = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.DigitalInventory, refused.Status);
        Assert.Empty(refused.Representations);

        await library.FillAsync("MAIN");
        await ScreenshotAsync("requests-add-digital-inventory");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add representation", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Added a representation of {Title}");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Completed");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(row).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = new Regex(@"\S") })).ToHaveCountAsync(0);
        await status.SelectOptionAsync("Completed");
        await Expect(row).ToContainTextAsync("Completed");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("requests-completed");

        // The repository holds the representation, active since the request needs no approval.
        var listed = await (await Client.GetAsync($"/api/repository/representations?barcode={Api.Barcode}"))
            .ReadAsync<List<RepresentationView>>(HttpStatusCode.OK);
        var representation = Assert.Single(listed);
        Assert.Equal((request.Id, "Derivative", "MAIN", true), (representation.RequestId, representation.UsageType, representation.Library, representation.Active));
        Assert.Equal(
            [("chapitre-3-a.pdf", (long)first.Length), ("chapitre-3-b.pdf", (long)second.Length)],
            representation.Files.Select(f => (f.FileName, f.Size)).OrderBy(f => f.FileName).ToList());

        var completed = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Completed, completed.Status);
        Assert.Equal((WorkflowStatus?)WorkflowStatus.Finished, completed.Workflow?.Status);
        Assert.Empty(completed.Actions);
        Assert.Equal((representation.Id, true, 2), (Assert.Single(completed.Representations).Id, completed.Representations[0].Active, completed.Representations[0].Files));
        Assert.Contains(completed.History, h => h.Activity == "add-representation");
        Assert.Contains(completed.History, h => h.Activity == "activate-representations");
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "reader@example.org")
            && (m.TextBody ?? "").Contains("digital collection", StringComparison.Ordinal));

        // The request's page tells the same.
        await row.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/requests/{request.Id}$"));
        await Expect(Page.GetByText("Status: Completed")).ToBeVisibleAsync();
        await ScreenshotAsync("request-completed");
        // Chromium logs every 4xx answer to a fetch; the refused upload is the only one, and nothing else went wrong.
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }
}
