using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Rules;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using Workflows.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// A manager's "Work on" page in Chromium for a rule that asks for parallel approval with copyright clearance: the
/// verbatim reason lists, a clearance document, Update expiry, a rejection, and an approval the API refuses while
/// the copyright fields are missing.
/// </summary>
public sealed class ApprovalWorkOnTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string RuleName = "Undergraduates: parallel approval with copyright clearance";
    private const string Title = "Le Rouge et le Noir";

    /// <summary>Alma: Digitization Processing, "Approving/Rejecting a Request for Digitization", as it lists them (SIPX without its aside).</summary>
    private static readonly string[] SeedApproveReasons =
    [
        "Automatic", "Covered by License", "Creative Commons", "Direct Permission Obtained", "Legal Exception",
        "Open Access", "Other", "Out of Print", "Preprint", "Primary License", "Self-Declared", "SIPX",
    ];

    private static readonly string[] SeedRejectReasons = ["Other", "Rejected by Manager", "Rejected by CCC"];

    [Fact]
    public async Task A_manager_attaches_a_clearance_document_updates_the_expiry_and_rejects_in_the_browser()
    {
        var request = await CreateRequestNeedingClearanceAsync();
        var approvalId = request.Approval!.Id;
        var reasons = await (await Client.GetAsync("/api/approvals/reasons")).ReadAsync<ApprovalReasonLists>(HttpStatusCode.OK);
        Assert.Equal(SeedApproveReasons, reasons.Approve);
        Assert.Equal(SeedRejectReasons, reasons.Reject);

        await Page.GotoAsync("/approvals");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Title }).Filter(new() { HasText = RuleName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(Api.Barcode);
        await ScreenshotAsync("approvals");
        await row.GetByRole(AriaRole.Link, new() { Name = "Work on" })
            .Or(row.GetByRole(AriaRole.Button, new() { Name = "Work on" })).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/approvals/{approvalId}$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Title);

        // The Decision radios switch the Reason list between the documentation's two lists, verbatim and in its order.
        var reason = Page.GetByLabel("Reason", new() { Exact = true });
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Approve", Exact = true })).ToBeCheckedAsync();
        await Expect(ReasonOptions()).ToHaveTextAsync(reasons.Approve.ToArray());
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Reject", Exact = true }).CheckAsync();
        await Expect(ReasonOptions()).ToHaveTextAsync(reasons.Reject.ToArray());
        await ScreenshotAsync("work-on-reject-reasons");

        // Quick Add: a clearance confirmation, uploaded when chosen and listed with the request.
        var clearance = InProcessRows.Pdf("CCC licence refused for chapter 3");
        await Page.GetByLabel("Attach clearance document", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "ccc-refusal.pdf", MimeType = "application/pdf", Buffer = clearance,
        });
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Attached ccc-refusal.pdf");
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Clearance documents" })
            .GetByRole(AriaRole.Link, new() { Name = "ccc-refusal.pdf", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("work-on-clearance-attached");

        // Update expiry: the context's time zone is UTC, so the datetime-local value is the instant in UTC.
        var expiresAt = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(30).AddHours(10).AddMinutes(30), DateTimeKind.Utc);
        Assert.NotEqual(expiresAt, request.ExpiresAt);
        await Page.GetByLabel("Expires at", new() { Exact = true }).FillAsync(expiresAt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Update expiry", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Expiry updated");
        await ScreenshotAsync("work-on-expiry-updated");
        Assert.Equal(expiresAt, (await ApprovalAsync(approvalId)).ExpiresAt);

        // The radio still says Reject: its reason and a note, then Reject.
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Reject", Exact = true })).ToBeCheckedAsync();
        await reason.SelectOptionAsync("Rejected by Manager");
        await Page.GetByLabel("Note", new() { Exact = true }).FillAsync("The publisher refused the licence for this chapter.");
        await ScreenshotAsync("work-on-rejecting");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rejected");
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = new Regex(@"\S") })).ToHaveCountAsync(0);
        // Decided: nothing is left to work on.
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true })).ToHaveCountAsync(0);
        await ScreenshotAsync("work-on-rejected");

        var approval = await ApprovalAsync(approvalId);
        Assert.Equal(ApprovalStatus.Rejected, approval.Status);
        Assert.Equal(("Rejected by Manager", "The publisher refused the licence for this chapter."), (approval.Reason, approval.Note));
        Assert.NotNull(approval.DecidedAt);
        var stored = Assert.Single(approval.ClearanceAttachments);
        Assert.Equal(("ccc-refusal.pdf", AttachmentPurpose.CopyrightClearance, (long)clearance.Length), (stored.FileName, stored.Purpose, stored.Size));
        Assert.Equal(clearance, await Client.GetByteArrayAsync($"/api/requests/{request.Id}/attachments/{stored.Id}"));
        Assert.Equal(expiresAt, approval.ExpiresAt);

        // README: a rejection ends the request Rejected at any point, and the requester is told why.
        var rejected = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Rejected, rejected.Status);
        Assert.Equal((ApprovalStatus?)ApprovalStatus.Rejected, rejected.Approval?.Status);
        Assert.Equal("Rejected by Manager", rejected.Approval?.Reason);
        Assert.Equal(expiresAt, rejected.ExpiresAt);
        Assert.Equal((WorkflowStatus?)WorkflowStatus.Cancelled, rejected.Workflow?.Status);
        Assert.Equal("Rejected", rejected.Workflow?.Result);
        Assert.Empty(rejected.Actions);
        Assert.Contains(rejected.History, h => h.Activity == "is-approved" && h.Outcome == "False");
        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "reader@example.org")
            && (m.TextBody ?? "").Contains("Rejected by Manager", StringComparison.Ordinal));
        Assert.Empty(mail.Attachments);

        // The approval list no longer offers it.
        await Page.GotoAsync("/approvals");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Approval requests");
        await Expect(row).ToHaveCountAsync(0);
        await ScreenshotAsync("approvals-after-rejection");
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task Approving_without_the_copyright_fields_shows_the_api_error_and_keeps_the_reason_and_note()
    {
        var request = await CreateRequestNeedingClearanceAsync();
        var approvalId = request.Approval!.Id;
        const string Note = "Licence bought from the CCC last week.";

        await Page.GotoAsync($"/approvals/{approvalId}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Title);
        await Expect(Page.GetByLabel("CC number", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Approve", Exact = true })).ToBeCheckedAsync();
        var reason = Page.GetByLabel("Reason", new() { Exact = true });
        var note = Page.GetByLabel("Note", new() { Exact = true });
        await reason.SelectOptionAsync("Covered by License");
        await note.FillAsync(Note);

        // The browser's own call answers the 409; the page shows that problem, not one of its own.
        var answer = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith($"/api/signals/approval/{request.Id}", StringComparison.Ordinal));
        Assert.Equal((int)HttpStatusCode.Conflict, answer.Status);
        var problem = JsonNode.Parse(await answer.TextAsync())!.AsObject();
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains("copyright clearance", detail);
        Assert.Contains("CC number", detail);
        var alert = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = detail });
        await Expect(alert).ToHaveCountAsync(1);
        await Expect(alert).ToContainTextAsync(problem["title"]!.GetValue<string>());
        await Expect(Page.GetByRole(AriaRole.Status)).Not.ToContainTextAsync("Approved");
        // Nothing the manager chose or typed is lost.
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Approve", Exact = true })).ToBeCheckedAsync();
        await Expect(reason).ToHaveValueAsync("Covered by License");
        await Expect(note).ToHaveValueAsync(Note);
        await ScreenshotAsync("work-on-approve-refused");

        // Nothing changed in the API.
        var unchanged = await ApprovalAsync(approvalId);
        Assert.Equal(ApprovalStatus.Pending, unchanged.Status);
        Assert.Null(unchanged.Reason);
        Assert.Null(unchanged.Note);
        Assert.Null(unchanged.DecidedAt);
        Assert.Equal(["CC number", "CC order date", "CC approval date"], unchanged.MissingCopyrightFields);
        var stillWaiting = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.PickupFromShelf, stillWaiting.Status);
        Assert.Equal((ApprovalStatus?)ApprovalStatus.Pending, stillWaiting.Approval?.Status);
        Assert.DoesNotContain(stillWaiting.History, h => h.Activity == "is-approved");
        var pending = await (await Client.GetAsync("/api/approvals?status=pending")).ReadAsync<List<ApprovalView>>(HttpStatusCode.OK);
        Assert.Contains(pending, a => a.Id == approvalId);

        // With the copyright fields saved, the same Approve goes through with the kept reason and note.
        await Page.GetByLabel("CC number", new() { Exact = true }).FillAsync("CCC-778812");
        await Page.GetByLabel("CC order date", new() { Exact = true }).FillAsync("2026-11-01");
        await Page.GetByLabel("CC approval date", new() { Exact = true }).FillAsync("2026-11-03");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save copyright", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Copyright saved");
        await Expect(reason).ToHaveValueAsync("Covered by License");
        await Expect(note).ToHaveValueAsync(Note);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved");
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = new Regex(@"\S") })).ToHaveCountAsync(0);
        await ScreenshotAsync("work-on-approved");

        var approved = await ApprovalAsync(approvalId);
        Assert.Equal(ApprovalStatus.Approved, approved.Status);
        Assert.Equal(("Covered by License", Note), (approved.Reason, approved.Note));
        Assert.Empty(approved.MissingCopyrightFields);
        // Parallel: the item is still to be fetched from the shelf; only the approval branch is done.
        Assert.Equal(DigitizationStatus.PickupFromShelf, (await Client.GetRequestAsync(request.Id)).Status);
        // Chromium logs every 4xx answer to a fetch; the refused approval is the only one, and nothing else went wrong.
        Assert.Contains("status of 409", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>A rule for undergraduates asking for parallel approval with clearance, and a request it routes.</summary>
    private async Task<DigitizationRequestView> CreateRequestNeedingClearanceAsync()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true, copyrightClearance: true, name: RuleName);
        var request = await Client.CreateAsync();
        Assert.Equal(RuleName, request.Rule.Name);
        Assert.True(request.Rule.CopyrightClearance);
        Assert.Equal(DigitizationStatus.PickupFromShelf, request.Status);
        Assert.Equal((ApprovalStatus?)ApprovalStatus.Pending, request.Approval?.Status);
        Assert.Equal(ApprovalManagement.Parallel, request.Approval!.Management);
        // The seeded department sets a work time, so the request has an expiry to update.
        Assert.NotNull(request.ExpiresAt);
        return request;
    }

    private async Task<ApprovalView> ApprovalAsync(Guid approvalId) =>
        await (await Client.GetAsync($"/api/approvals/{approvalId}")).ReadAsync<ApprovalView>(HttpStatusCode.OK);

    /// <summary>The Reason select's reasons, without its empty "Choose a reason" prompt.</summary>
    private ILocator ReasonOptions() => Page.GetByLabel("Reason", new() { Exact = true }).Locator("option:not([value=''])");
}
