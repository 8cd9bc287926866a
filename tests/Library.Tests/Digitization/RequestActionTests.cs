using System.Net;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;

namespace Library.Tests.Digitization;

/// <summary>
/// What the in-process items list and a request's page offer the designer UI: row actions valid now, the activities
/// the workflow waits in, the scope and target facets, and the reason lists.
/// </summary>
public sealed class RequestActionTests : HostTest
{
    private async Task<List<DigitizationRequestSummary>> ListAsync(string query = "") =>
        await (await Client.GetAsync($"/api/requests{query}")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK);

    /// <summary>The request's actions, asserting the list row offers the same as the request's page.</summary>
    private async Task<DigitizationRequestView> ViewAsync(Guid id)
    {
        var view = await Client.GetRequestAsync(id);
        Assert.Equal(view.Actions, (await ListAsync()).Single(r => r.Id == id).Actions);
        return view;
    }

    [Fact]
    public async Task Actions_and_waits_follow_the_request_along_its_path()
    {
        var request = await Client.CreateAsync();
        var created = await ViewAsync(request.Id);
        Assert.Equal(["mark-missing", "cancel"], created.Actions); // the item is still on its shelf: it can be missing
        Assert.Equal(["await-cancellation", "await-expiry", "scan-in"], created.Workflow!.WaitingAt);

        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var digitizing = await ViewAsync(request.Id);
        Assert.Equal(["next-step", "cancel"], digitizing.Actions);
        Assert.Contains("next-step", digitizing.Workflow!.WaitingAt);

        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var delivering = await ViewAsync(request.Id);
        Assert.Equal(["attach", "done", "cancel"], delivering.Actions);
        Assert.Equal(["attach-documents", "await-cancellation", "await-expiry"], delivering.Workflow!.WaitingAt);

        await (await Client.AttachAsync(request.Id, Api.FileOf(512))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var completed = await ViewAsync(request.Id);
        Assert.Equal(DigitizationStatus.Completed, completed.Status);
        Assert.Empty(completed.Actions);
        Assert.Empty(completed.Workflow!.WaitingAt);
    }

    [Fact]
    public async Task A_blocking_approval_withholds_next_step_until_approved_and_digital_inventory_offers_add_representation()
    {
        await Client.AddRuleAsync("DigitalInventory", management: "Blocks", approval: true);
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var blocked = await ViewAsync(request.Id);
        Assert.Equal(DigitizationStatus.Digitization, blocked.Status);
        Assert.Equal(["cancel"], blocked.Actions);
        Assert.Contains("run-approval", blocked.Workflow!.WaitingAt);

        await (await Client.DecideAsync(request.Id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(["next-step", "cancel"], (await ViewAsync(request.Id)).Actions);

        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var inventory = await ViewAsync(request.Id);
        Assert.Equal(DigitizationStatus.DigitalInventory, inventory.Status);
        Assert.Equal(["add-representation", "cancel"], inventory.Actions);
        Assert.Contains("add-representation", inventory.Workflow!.WaitingAt);
    }

    [Fact]
    public async Task The_list_filters_by_scope_and_target_and_gives_every_row_its_actions()
    {
        var partial = await Client.CreateAsync();
        var whole = Api.NewRequest(barcode: "39001000456");
        whole["scope"] = "full";
        whole.Remove("part");
        var full = await Client.CreateAsync(whole);
        await Client.AddRuleAsync("DigitalInventory", userGroup: "Graduate");
        var graduate = Api.NewRequest(barcode: "39001000789");
        graduate["requester"]!["userGroup"] = "Graduate";
        var inventory = await Client.CreateAsync(graduate);
        await (await Client.CancelAsync(inventory.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal([full.Id], (await ListAsync("?scope=full")).Select(r => r.Id));
        Assert.Equal([partial.Id, inventory.Id], (await ListAsync("?scope=Partial")).Select(r => r.Id));
        Assert.Equal([inventory.Id], (await ListAsync("?target=DigitalInventory")).Select(r => r.Id));
        Assert.Equal([partial.Id, full.Id], (await ListAsync("?target=documentDeliveryAttachment&limit=10")).Select(r => r.Id));
        Assert.Empty(await ListAsync("?scope=full&target=DigitalInventory"));

        var rows = await ListAsync();
        Assert.Equal([["mark-missing", "cancel"], ["mark-missing", "cancel"], []], rows.Select(r => r.Actions));
    }

    [Theory]
    [InlineData("?scope=half", "scope", "full, partial")]
    [InlineData("?scope=0", "scope", "full, partial")]
    [InlineData("?target=Email", "target", "DocumentDeliveryAttachment, DocumentDeliveryLink, DigitalInventory")]
    public async Task An_unknown_scope_or_target_is_400_naming_the_parameter(string query, string parameter, string listed)
    {
        var problem = await (await Client.GetAsync($"/api/requests{query}")).ProblemAsync(HttpStatusCode.BadRequest, listed);
        Assert.Equal([parameter], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task The_approval_reasons_are_seed_002s_lists_verbatim()
    {
        var reasons = await (await Client.GetAsync("/api/approvals/reasons")).ReadAsync<ApprovalReasonListsBody>(HttpStatusCode.OK);

        Assert.Equal(
            ["Automatic", "Covered by License", "Creative Commons", "Direct Permission Obtained", "Legal Exception", "Open Access", "Other",
             "Out of Print", "Preprint", "Primary License", "Self-Declared", "SIPX"],
            reasons.Approve);
        Assert.Equal(["Other", "Rejected by Manager", "Rejected by CCC"], reasons.Reject);
    }

    [Fact]
    public async Task Seed_002_lists_no_cancel_reasons_so_the_list_is_empty() =>
        Assert.Empty(await (await Client.GetAsync("/api/requests/cancel-reasons")).ReadAsync<List<string>>(HttpStatusCode.OK));

    private sealed record ApprovalReasonListsBody(List<string> Approve, List<string> Reject);
}
