using System.Net;
using System.Text.RegularExpressions;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Rules;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Issue 6's first scenario, in Chromium: a librarian makes the default profile rule require blocking approval with
/// copyright clearance; a request created over the API waits for it; a manager clears copyright and approves it on
/// the approval pages; the request's page shows it moved on.
/// </summary>
public sealed class ApprovalInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    /// <summary>Undergraduate requests match it: the seeded setup's only other rule, for staff, ships disabled.</summary>
    private const string DefaultRule = "Default Digitization Rule";

    [Fact]
    public async Task A_librarian_requires_blocking_approval_and_a_manager_approves_in_the_browser()
    {
        await RequireBlockingApprovalWithCopyrightClearanceAsync();

        var request = await Client.CreateAsync();
        Assert.Equal(DefaultRule, request.Rule.Name);
        Assert.Equal((ApprovalStatus?)ApprovalStatus.Pending, request.Approval?.Status);
        Assert.Equal(ApprovalManagement.Blocks, request.Approval!.Management);
        // Scanned in, the item is in Digitization, and the blocking approval keeps it from the next step.
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ProblemAsync(HttpStatusCode.Conflict, "approv");

        await Page.GotoAsync($"/requests/{request.Id}");
        await Expect(Page.GetByText("Status: Digitization")).ToBeVisibleAsync();
        await Expect(WaitingNode("run-approval")).ToHaveCountAsync(1);
        await Expect(WaitingNode("next-step")).ToHaveCountAsync(0);
        await ScreenshotAsync("request-waiting-for-approval");

        await ApproveWithCopyrightAsync(request.Approval.Id, request.Id);

        await Page.GotoAsync($"/requests/{request.Id}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Le Rouge et le Noir");
        await Expect(Page.GetByText("Status: Digitization")).ToBeVisibleAsync();
        await Expect(WaitingNode("next-step")).ToHaveCountAsync(1);
        await Expect(WaitingNode("run-approval")).ToHaveCountAsync(0);
        await ScreenshotAsync("request-moved-on");

        var approved = await Client.GetRequestAsync(request.Id);
        Assert.Equal((ApprovalStatus?)ApprovalStatus.Approved, approved.Approval?.Status);
        Assert.Equal("Covered by License", approved.Approval?.Reason);
        Assert.Contains(approved.History, h => h.Activity == "run-approval" && h.Outcome == "Done");
        Assert.Contains(approved.History, h => h.Activity == "is-approved" && h.Outcome == "True");
        Assert.Contains(approved.History, h => h.Activity == "approval-blocks" && h.Outcome == "True");
        // No longer blocked: staff can take it to delivery.
        var delivered = await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.DocumentDelivery, delivered.Status);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>On /rules and the rule editor: approval, copyright clearance, approval management "Blocks"; saved.</summary>
    private async Task RequireBlockingApprovalWithCopyrightClearanceAsync()
    {
        await Page.GotoAsync("/rules");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = DefaultRule, Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("rules");
        await ScreenshotAtAsync(Tablet, "rules-768x1024");

        await Page.GetByRole(AriaRole.Link, new() { Name = DefaultRule, Exact = true }).ClickAsync();
        await Expect(Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(DefaultRule);
        await Page.GetByLabel("Approval", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Copyright clearance", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Approval management", new() { Exact = true }).SelectOptionAsync("Blocks");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await ScreenshotAsync("rule-editor-saved");

        // The page said so; the API agrees.
        var rules = await (await Client.GetAsync("/api/profile-rules")).ReadAsync<List<ProfileRuleView>>(HttpStatusCode.OK);
        var outputs = rules.Single(r => r.IsDefault).Outputs;
        Assert.Equal((true, true, "Blocks"), (outputs.Approval, outputs.CopyrightClearance, outputs.ApprovalManagement));
    }

    /// <summary>On /approvals and Work on: the copyright fields, then "Approve" with "Covered by License".</summary>
    private async Task ApproveWithCopyrightAsync(Guid approvalId, Guid requestId)
    {
        await Page.GotoAsync("/approvals");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Le Rouge et le Noir" }).Filter(new() { HasText = DefaultRule });
        await Expect(row).ToHaveCountAsync(1);
        await ScreenshotAsync("approvals");

        // The contract allows a link or a button.
        await row.GetByRole(AriaRole.Link, new() { Name = "Work on" })
            .Or(row.GetByRole(AriaRole.Button, new() { Name = "Work on" })).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/approvals/{approvalId}$"));
        await Page.GetByLabel("CC number", new() { Exact = true }).FillAsync("CCC-778812");
        await Page.GetByLabel("CC order date", new() { Exact = true }).FillAsync("2026-11-01");
        await Page.GetByLabel("CC approval date", new() { Exact = true }).FillAsync("2026-11-03");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save copyright", Exact = true }).ClickAsync();
        // The contract names no message for this save, so the API tells when the fields are stored.
        var cleared = await Host.EventuallyAsync(
            async () => await (await Client.GetAsync($"/api/approvals/{approvalId}")).ReadAsync<ApprovalView>(HttpStatusCode.OK),
            approval => approval.MissingCopyrightFields.Count == 0);
        Assert.Empty(cleared.MissingCopyrightFields);
        Assert.Equal(("CCC-778812", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)),
            (cleared.Copyright.CcNumber, cleared.Copyright.CcOrderDate, cleared.Copyright.CcApprovalDate));

        await Page.GetByRole(AriaRole.Radio, new() { Name = "Approve", Exact = true }).CheckAsync();
        await Page.GetByLabel("Reason", new() { Exact = true }).SelectOptionAsync("Covered by License");
        await ScreenshotAsync("approval-work-on");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved");
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = new Regex(@"\S") })).ToHaveCountAsync(0);
        await ScreenshotAsync("approval-approved");
        Assert.Equal(ApprovalStatus.Approved, (await Client.GetRequestAsync(requestId)).Approval?.Status);
    }

    /// <summary>The flowchart node of that activity when the request's page highlights it as where the request waits.</summary>
    private ILocator WaitingNode(string activityId) => Page.Locator($"[data-id='{activityId}'][data-waiting='true']");
}
