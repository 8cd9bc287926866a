using System.Text.RegularExpressions;
using Library.Lending;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Issue 16 in Chromium: a librarian adds an action to lending in the designer, validates, publishes and activates
/// it; a lending request created after it offers the action on its page and takes it, one created before does not
/// offer it, as it stays on the version it started on.
/// </summary>
public sealed class LendingPublishInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Title = "Principles of computer science";

    [Fact]
    public async Task An_action_added_in_the_designer_is_offered_on_the_page_of_a_request_created_after_it_and_not_of_one_before()
    {
        var before = await ShippedRequestAsync("ILL-BEFORE");

        await Page.GotoAsync("/definitions");
        await Page.GetByRole(AriaRole.Link, new() { Name = "lending", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/definitions/lending/1$"));
        var chart = Page.GetByRole(AriaRole.Region, new() { Name = "State machine of lending", Exact = true });
        await Expect(chart.Node("$start")).ToBeVisibleAsync();

        var palette = Page.GetByRole(AriaRole.Form, new() { Name = "Add an action", Exact = true });
        await palette.GetByLabel("Action name", new() { Exact = true }).FillAsync("claim-returned");
        await palette.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("Shipped Physically");
        await palette.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("Returned by Partner");
        await palette.GetByRole(AriaRole.Button, new() { Name = "Add action", Exact = true }).ClickAsync();
        var action = Page.GetByRole(AriaRole.Complementary, new() { Name = "Action", Exact = true });
        await Expect(action.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("claim-returned");
        await action.GetByLabel("Label", new() { Exact = true }).FillAsync("Claimed returned");
        // It records the status change on the request, as the other lending actions do.
        var run = action.GetByRole(AriaRole.Form, new() { Name = "Add an activity to run", Exact = true });
        await run.GetByLabel("Activity type", new() { Exact = true }).SelectOptionAsync("ApplyLendingAction");
        await run.GetByLabel("Activity id", new() { Exact = true }).FillAsync("apply");
        await run.GetByRole(AriaRole.Button, new() { Name = "Add activity", Exact = true }).ClickAsync();
        await Expect(action.GetByRole(AriaRole.Heading, new() { Name = "apply (ApplyLendingAction)" })).ToBeVisibleAsync();
        await Expect(chart.Locator(".action-labels[data-transition='Shipped Physically → Returned by Partner']"))
            .ToContainTextAsync("Claimed returned");
        await ScreenshotAsync("action-added");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Validate", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The definition is valid");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version 2 as a draft");
        await Expect(Page).ToHaveURLAsync(new Regex("/definitions/lending/2$"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Activate version 2", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 is active");
        await ScreenshotAsync("published");

        var after = await ShippedRequestAsync("ILL-AFTER");

        await Page.GotoAsync($"/lending/{after}");
        var actions = Page.GetByRole(AriaRole.Group, new() { Name = "Actions", Exact = true });
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true })).ToBeVisibleAsync();
        // The due date's timer takes "overdue" (labelled "Due date passed"), not staff.
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Due date passed", Exact = true })).ToHaveCountAsync(0);
        await actions.GetByRole(AriaRole.Button, new() { Name = "Claimed returned", Exact = true }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = $"Claimed returned: {Title}" });
        await form.GetByLabel("Internal note", new() { Exact = true }).FillAsync("The partner says it was posted on Monday");
        await ScreenshotAsync("claim-returned");
        await form.GetByRole(AriaRole.Button, new() { Name = "Claimed returned", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Claimed returned: Principles of computer science; status Returned by Partner");
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Returned by Partner");
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Claimed returned", Exact = true })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "History" }))
            .ToContainTextAsync("claim-returned: Shipped Physically → Returned by Partner; internal note: The partner says it was posted on Monday");
        await ScreenshotAsync("after-claim");
        Assert.Equal(LendingStatus.ReturnedByPartner, (await Client.GetLendingAsync(after)).Status);

        await Page.GotoAsync($"/lending/{before}");
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Shipped Physically");
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true })).ToBeVisibleAsync();
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Claimed returned", Exact = true })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Process" })).ToContainTextAsync("lending version 1");
        await ScreenshotAsync("older-request");
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>A physical lending request created and shipped through the API, as the desk would have done.</summary>
    private async Task<Guid> ShippedRequestAsync(string externalId)
    {
        var body = LendingApi.NewLendingRequest();
        body["externalId"] = externalId;
        var created = await Client.CreateLendingAsync(body);
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        return created.Id;
    }
}
