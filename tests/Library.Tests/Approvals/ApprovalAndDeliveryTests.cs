using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Library.Approvals;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;
using MimeKit;
using Workflows.Persistence;

namespace Library.Tests.Approvals;

/// <summary>Profile rules route requests through approval and to each delivery target, over HTTP.</summary>
public sealed partial class ApprovalAndDeliveryTests : HostTest
{
    public static TheoryData<string, string> Combinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var management in new[] { "Parallel", "Blocks", "AutomaticallyApproved" })
            foreach (var target in new[] { "DocumentDeliveryAttachment", "DocumentDeliveryLink", "DigitalInventory" })
                data.Add(management, target);
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Each_approval_management_delivers_to_each_target(string management, string target)
    {
        var automatic = management == "AutomaticallyApproved";
        await Client.AddRuleAsync(target, management, approval: true, maxAccessCount: target == "DocumentDeliveryLink" ? 3 : null,
            approvalReason: automatic ? "Open Access" : null);
        var request = await Client.CreateAsync(Api.NewRequest(email: "matrix@example.org"));
        Assert.Equal(target, request.Rule.Target.ToString());
        Assert.Equal(automatic ? ApprovalStatus.Approved : ApprovalStatus.Pending, request.Approval?.Status);

        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        if (management == "Blocks")
        {
            await (await Client.NextStepAsync(request.Id)).ProblemAsync(HttpStatusCode.Conflict, "approv");
            await (await Client.DecideAsync(request.Id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        }
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var file = Api.FileOf(4096, seed: 3);
        var delivered = await DeliverAsync(request.Id, target, file);
        if (management == "Parallel")
        {
            Assert.NotEqual(DigitizationStatus.Completed, delivered.Status);
            Assert.DoesNotContain(Host.Mail.Received, m => m.To.Mailboxes.Any(a => a.Address == "matrix@example.org"));
            Assert.All(delivered.Representations, r => Assert.False(r.Active));
            delivered = await (await Client.DecideAsync(request.Id, "approve", "Creative Commons")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        }

        Assert.Equal(DigitizationStatus.Completed, delivered.Status);
        Assert.Equal(WorkflowStatus.Finished, delivered.Workflow?.Status);
        Assert.Equal(ApprovalStatus.Approved, delivered.Approval?.Status);
        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "matrix@example.org"));
        await AssertDeliveredAsync(target, request, mail, file);
    }

    private async Task<DigitizationRequestView> DeliverAsync(Guid id, string target, byte[] file)
    {
        if (target == "DigitalInventory")
            return await (await Client.AddRepresentationAsync(id, file)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.AttachAsync(id, file)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        return await (await Client.DoneAsync(id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
    }

    private async Task AssertDeliveredAsync(string target, DigitizationRequestView request, MimeMessage mail, byte[] file)
    {
        switch (target)
        {
            case "DocumentDeliveryAttachment":
                using (var bytes = new MemoryStream())
                {
                    await mail.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(bytes);
                    Assert.Equal(file, bytes.ToArray());
                }
                break;
            case "DocumentDeliveryLink":
                Assert.Empty(mail.Attachments);
                Assert.Equal(file, await Client.GetByteArrayAsync(LinkIn(mail)));
                break;
            case "DigitalInventory":
                var listed = await (await Client.GetAsync($"/api/repository/representations?barcode={request.Item.Barcode}"))
                    .ReadAsync<List<RepresentationView>>(HttpStatusCode.OK);
                var representation = Assert.Single(listed);
                Assert.True(representation.Active);
                Assert.Equal(file.Length, Assert.Single(representation.Files).Size);
                Assert.Contains("digital collection", mail.TextBody);
                break;
        }
    }

    private static string LinkIn(MimeMessage mail) => new Uri(DeliveryLink().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/delivery/[A-Za-z0-9_-]+")]
    private static partial Regex DeliveryLink();

    [Fact]
    public async Task Parallel_approval_given_before_digitization_lets_delivery_go_at_once()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync(Api.NewRequest(email: "early@example.org"));
        await (await Client.DecideAsync(request.Id, "approve", "Out of Print", "fine")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        var done = await DeliverAsync(request.Id, "DocumentDeliveryAttachment", Api.FileOf(100));

        Assert.Equal(DigitizationStatus.Completed, done.Status);
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "early@example.org"));
    }

    [Fact]
    public async Task Rejection_after_a_file_was_attached_sends_nothing_and_ends_rejected()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync(Api.NewRequest(email: "rejected@example.org"));
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        await DeliverAsync(request.Id, "DocumentDeliveryAttachment", Api.FileOf(100));

        var rejected = await (await Client.DecideAsync(request.Id, "reject", "Rejected by CCC", "No licence"))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Rejected, rejected.Status);
        Assert.Equal(WorkflowStatus.Cancelled, rejected.Workflow?.Status);
        Assert.Equal("Rejected", rejected.Workflow?.Result);
        Assert.Empty(rejected.Workflow!.WaitingFor);

        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "rejected@example.org"));
        Assert.Contains("Rejected by CCC", mail.TextBody);
        Assert.Empty(mail.Attachments);
        Assert.Single(Host.Mail.Received, m => m.To.Mailboxes.Any(a => a.Address == "rejected@example.org"));
    }

    [Fact]
    public async Task Rejection_deletes_the_inactive_representation()
    {
        await Client.AddRuleAsync("DigitalInventory", "Parallel", approval: true);
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        var added = await DeliverAsync(request.Id, "DigitalInventory", Api.FileOf(100));
        Assert.False(Assert.Single(added.Representations).Active);
        var listed = await (await Client.GetAsync($"/api/repository/representations?barcode={Api.Barcode}")).ReadAsync<List<RepresentationView>>(HttpStatusCode.OK);
        Assert.False(Assert.Single(listed).Active);

        var rejected = await (await Client.DecideAsync(request.Id, "reject", "Rejected by Manager")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.Rejected, rejected.Status);
        Assert.Empty(rejected.Representations);
        Assert.Empty(await (await Client.GetAsync($"/api/repository/representations?barcode={Api.Barcode}")).ReadAsync<List<RepresentationView>>(HttpStatusCode.OK));
        Assert.Empty(Directory.GetFiles(Path.Combine(Host.Folder, "files", request.Id.ToString())));
    }

    [Fact]
    public async Task Blocking_approval_rejected_before_the_item_arrives_ends_the_request()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Blocks", approval: true);
        var request = await Client.CreateAsync();
        var rejected = await (await Client.DecideAsync(request.Id, "reject", "Other", "Out of scope")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.Rejected, rejected.Status);
        await (await Client.ScanAtDepartmentAsync()).ProblemAsync(HttpStatusCode.Conflict, "Rejected");
    }

    [Fact]
    public async Task No_approval_rule_creates_no_approval_task()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment");
        var request = await Client.CreateAsync();
        Assert.Null(request.Approval);
        await (await Client.DecideAsync(request.Id, "approve", "Other")).ProblemAsync(HttpStatusCode.Conflict, "needs no approval");
    }

    [Fact]
    public async Task An_automatic_approval_records_the_rules_reason_and_appears_approved_in_the_list()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "AutomaticallyApproved", approval: true, approvalReason: "Legal Exception");
        var request = await Client.CreateAsync();

        var approved = await (await Client.GetAsync("/api/approvals?status=approved")).ReadAsync<List<ApprovalView>>(HttpStatusCode.OK);
        var row = Assert.Single(approved);
        Assert.Equal(request.Id, row.RequestId);
        Assert.Equal("Legal Exception", row.Reason);
        Assert.Empty(await (await Client.GetAsync("/api/approvals?status=pending")).ReadAsync<List<ApprovalView>>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task The_approval_queue_lists_pending_requests_with_the_rule_that_required_them()
    {
        var rule = await Client.AddRuleAsync("DocumentDeliveryLink", "Parallel", approval: true, copyrightClearance: true, maxAccessCount: 2, name: "Copyright checked links");
        var request = await Client.CreateAsync();

        var pending = await (await Client.GetAsync("/api/approvals?status=pending")).ReadAsync<List<ApprovalView>>(HttpStatusCode.OK);
        var row = Assert.Single(pending);
        Assert.Equal(request.Id, row.RequestId);
        Assert.Equal("Copyright checked links", row.RuleName);
        Assert.Equal(rule["id"]!.GetValue<int>(), row.RuleId);
        Assert.True(row.RequiresCopyrightClearance);
        Assert.Equal(["CC number", "CC order date", "CC approval date"], row.MissingCopyrightFields);
        Assert.Equal("Copyright checked links", (await Client.GetRequestAsync(request.Id)).Rule.Name);
        await (await Client.GetAsync("/api/approvals?status=someday")).ProblemAsync(HttpStatusCode.BadRequest, "pending");
    }

    [Fact]
    public async Task Approval_waits_for_the_copyright_fields_when_the_rule_asks_for_clearance()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true, copyrightClearance: true);
        var request = await Client.CreateAsync();

        var before = await Host.SnapshotAsync();
        await (await Client.DecideAsync(request.Id, "approve", "Covered by License")).ProblemAsync(HttpStatusCode.Conflict,
            "CC number", "CC order date", "CC approval date");
        await (await Client.PutAsJsonAsync($"/api/requests/{request.Id}/copyright", new { ccNumber = "CCC-1", ccOrderDate = "2026-11-05", ccApprovalDate = "2026-11-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "ccApprovalDate");
        await (await Client.PutAsJsonAsync($"/api/requests/{request.Id}/copyright", new { ccNumber = "CCC-1", ccOrderDate = "not a date" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "ccOrderDate");
        Assert.Equal(before, await Host.SnapshotAsync());

        var confirmation = new MultipartFormDataContent { { new ByteArrayContent(Api.FileOf(300)), "file", "ccc-confirmation.pdf" }, { new StringContent("CCC receipt"), "note" } };
        var withEvidence = await (await Client.PostAsync($"/api/requests/{request.Id}/copyright/attachments", confirmation)).ReadAsync<ApprovalView>(HttpStatusCode.Created);
        Assert.Equal("ccc-confirmation.pdf", Assert.Single(withEvidence.ClearanceAttachments).FileName);

        var cleared = await (await Client.ClearCopyrightAsync(request.Id)).ReadAsync<ApprovalView>(HttpStatusCode.OK);
        Assert.Empty(cleared.MissingCopyrightFields);
        Assert.Equal(new DateOnly(2026, 11, 3), cleared.Copyright.CcApprovalDate);

        var approved = await (await Client.DecideAsync(request.Id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(ApprovalStatus.Approved, approved.Approval?.Status);

        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        await DeliverAsync(request.Id, "DocumentDeliveryAttachment", Api.FileOf(64, seed: 9));
        var mail = await Host.Mail.WaitForAsync(m => m.Attachments.Any());
        Assert.Equal("chapitre-3.pdf", Assert.Single(mail.Attachments.OfType<MimePart>()).FileName);
    }

    public static TheoryData<string, string, string> InvalidDecisions => new()
    {
        { "approve", "Because", "Covered by License" },
        { "approve", "Rejected by CCC", "SIPX" },
        { "reject", "Covered by License", "Rejected by Manager" },
        { "reject", "", "reason" },
        { "maybe", "Other", "decision" },
    };

    [Theory]
    [MemberData(nameof(InvalidDecisions))]
    public async Task A_decision_with_a_reason_outside_the_seeds_list_is_refused_naming_the_allowed_ones(string decision, string reason, string mention)
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync();
        var before = await Host.SnapshotAsync();

        await (await Client.DecideAsync(request.Id, decision, reason)).ProblemAsync(HttpStatusCode.BadRequest, mention);
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    [Fact]
    public async Task A_decision_not_sent_as_json_or_without_a_decision_is_refused_and_the_approval_stays_pending()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync();
        var url = $"/api/signals/approval/{request.Id}";

        await Host.RefusedWithoutChangeAsync(() => Client.PostAsync(url, new StringContent("approve", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "application/json");
        await Host.RefusedWithoutChangeAsync(() => Client.PostAsync(url, new StringContent("<decision>approve</decision>", Encoding.UTF8, "application/xml")),
            HttpStatusCode.UnsupportedMediaType, "application/json");
        await Host.RefusedWithoutChangeAsync(() => Client.PostAsync(url, new FormUrlEncodedContent([new("decision", "approve"), new("reason", "Other")])),
            HttpStatusCode.UnsupportedMediaType, "application/json");
        await Host.RefusedWithoutChangeAsync(() => Client.PostAsync(url, new StringContent("{\"decision\": ", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "JSON");
        await Host.RefusedWithoutChangeAsync(() => Client.PostAsync(url, null), HttpStatusCode.BadRequest, "decision");
        await Host.RefusedWithoutChangeAsync(() => Client.PostAsync(url, new StringContent("{\"reason\": \"Other\"}", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "decision");

        // Still waiting on the decision: a faulted instance or a resumed bookmark would refuse this one.
        await (await Client.DecideAsync(request.Id, "approve", "Other")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_decision_on_an_unknown_request_is_not_found_and_a_second_decision_is_a_conflict()
    {
        await (await Client.DecideAsync(Guid.NewGuid(), "approve", "Other")).ProblemAsync(HttpStatusCode.NotFound);
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync();
        await (await Client.DecideAsync(request.Id, "approve", "Other")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.DecideAsync(request.Id, "reject", "Other")).ProblemAsync(HttpStatusCode.Conflict, "already approved");
    }

    [Fact]
    public async Task A_link_answers_410_after_its_download_limit()
    {
        await Client.AddRuleAsync("DocumentDeliveryLink", maxAccessCount: 2);
        var request = await Client.CreateAsync(Api.NewRequest(email: "link@example.org"));
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        var first = Api.FileOf(500, seed: 1);
        var second = Api.FileOf(700, seed: 2);
        await Client.AttachAsync(request.Id, first, "part-1.pdf");
        await Client.AttachAsync(request.Id, second, "part-2.pdf");
        await Client.DoneAsync(request.Id);

        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "link@example.org"));
        Assert.Contains("2 time(s)", mail.TextBody);
        var link = LinkIn(mail);

        for (var download = 0; download < 2; download++)
        {
            var response = await Client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
            Assert.Equal(["part-1.pdf", "part-2.pdf"], zip.Entries.Select(e => e.Name).Order());
        }
        await (await Client.GetAsync(link)).ProblemAsync(HttpStatusCode.Gone, "2 time(s)");
        await (await Client.GetAsync("/delivery/not-a-token")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Adding_a_representation_is_refused_with_bad_fields_or_in_the_wrong_status()
    {
        await Client.AddRuleAsync("DigitalInventory");
        var request = await Client.CreateAsync();
        var before = await Host.SnapshotAsync();
        await (await Client.AddRepresentationAsync(request.Id, Api.FileOf(10))).ProblemAsync(HttpStatusCode.Conflict, "Digital Inventory", "Pickup From Shelf");

        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        before = await Host.SnapshotAsync();
        var badUsage = new MultipartFormDataContent
        {
            { new StringContent("Master"), "usageType" }, { new StringContent("MAIN"), "library" },
            { new ByteArrayContent(Api.FileOf(10)), "file", "a.pdf" },
        };
        await (await Client.PostAsync($"/api/requests/{request.Id}/representation", badUsage)).ProblemAsync(HttpStatusCode.BadRequest, "usageType", "Primary");
        var noFile = new MultipartFormDataContent { { new StringContent("Primary"), "usageType" }, { new StringContent("MAIN"), "library" } };
        await (await Client.PostAsync($"/api/requests/{request.Id}/representation", noFile)).ProblemAsync(HttpStatusCode.BadRequest, "file");
        await (await Client.AddRepresentationAsync(request.Id, Api.FileOf(10 * 1024 * 1024 + 1))).ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "10 MB");
        await (await Client.AddRepresentationAsync(Guid.NewGuid(), Api.FileOf(10))).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/repository/representations")).ProblemAsync(HttpStatusCode.BadRequest, "barcode");
        Assert.Equal(before, await Host.SnapshotAsync());

        var added = await (await Client.AddRepresentationAsync(request.Id, Api.FileOf(10), Api.FileOf(20, seed: 2))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(2, Assert.Single(added.Representations).Files);
        Assert.Equal(DigitizationStatus.Completed, added.Status);
    }
}
