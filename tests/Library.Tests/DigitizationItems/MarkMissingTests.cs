using System.Net;
using System.Net.Http.Json;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// "Mark missing" on a request whose item cannot be found: the catalogue flags the item, the request is cancelled with
/// the reason "Item is missing" and the requester gets the cancellation letter, under the signed-in account.
/// </summary>
public sealed class MarkMissingTests : HostTest
{
    private Task<HttpResponseMessage> MarkMissingAsync(HttpClient client, Guid id, string? note = "Not on the shelf") =>
        client.PostAsJsonAsync($"/api/requests/{id}/mark-missing", new { note });

    private async Task<CatalogueItemView> ItemAsync(string barcode = Api.Barcode) =>
        await (await Client.GetAsync($"/api/items/{barcode}")).ReadAsync<CatalogueItemView>(HttpStatusCode.OK);

    [Fact]
    public async Task Marking_missing_flags_the_item_cancels_the_request_and_tells_the_requester()
    {
        var operatorClient = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        var request = await Client.CreateAsync(Api.NewRequest(email: "missing@example.org"));
        Assert.Null((await ItemAsync()).MissingSince);

        var cancelled = await (await MarkMissingAsync(operatorClient, request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.Cancelled, cancelled.Status);
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Workflow?.Status);
        Assert.Equal(new CancellationView("Item is missing", "Not on the shelf"), cancelled.Cancellation);
        Assert.NotNull((await ItemAsync()).MissingSince);
        var step = Assert.Single(cancelled.History, h => h.Activity == "await-cancellation" && h.Outcome == "Done");
        Assert.Equal("woo", step.Actor);
        Assert.Contains($"item {Api.Barcode} flagged missing", step.Note);

        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "missing@example.org"));
        Assert.Contains("cancelled", mail.Subject);
        Assert.Contains("Item is missing", mail.TextBody);
        Assert.Contains("Not on the shelf", mail.TextBody);
    }

    [Fact]
    public async Task An_item_on_its_way_can_be_marked_missing_and_one_not_in_the_catalogue_only_cancels()
    {
        var inTransit = await Client.CreateAsync();
        await (await Client.ScanAtDeskAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.InTransit, (await Client.GetRequestAsync(inTransit.Id)).Status);
        await (await MarkMissingAsync(Client, inTransit.Id, note: null)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.NotNull((await ItemAsync()).MissingSince);

        var unknown = await Client.CreateAsync(Api.NewRequest(barcode: "39009999999"));
        var cancelled = await (await MarkMissingAsync(Client, unknown.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(("Item is missing", DigitizationStatus.Cancelled), (cancelled.Cancellation?.Reason, cancelled.Status));
        Assert.Contains(cancelled.History, h => h.Note?.Contains("not in the catalogue") == true);
        await (await Client.GetAsync("/api/items/39009999999")).ProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The request's actions as its row in the list gives them, after checking that its page gives the same.</summary>
    private async Task<IReadOnlyList<string>> ActionsAsync(Guid id)
    {
        var rows = await (await Client.GetAsync("/api/requests")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK);
        var row = Assert.Single(rows, r => r.Id == id).Actions;
        Assert.Equal(row, (await Client.GetRequestAsync(id)).Actions);
        return row;
    }

    [Fact]
    public async Task The_row_and_the_page_offer_mark_missing_until_the_item_reaches_the_department()
    {
        var request = await Client.CreateAsync();
        Assert.Equal(["mark-missing", "cancel"], await ActionsAsync(request.Id));
        await (await Client.ScanAtDeskAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(["mark-missing", "cancel"], await ActionsAsync(request.Id));

        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var atDepartment = await ActionsAsync(request.Id);
        Assert.Contains("cancel", atDepartment);
        Assert.DoesNotContain("mark-missing", atDepartment);
    }

    [Fact]
    public async Task An_item_at_the_department_is_not_missing_and_nothing_changes()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        await RefusedWithoutChange(() => MarkMissingAsync(Client, request.Id), HttpStatusCode.Conflict, "Pickup From Shelf", "Digitization");
        Assert.Null((await ItemAsync()).MissingSince);
    }

    [Fact]
    public async Task Mark_missing_refuses_an_unknown_request_a_closed_one_and_a_long_note()
    {
        var request = await Client.CreateAsync();

        await RefusedWithoutChange(() => MarkMissingAsync(Client, Guid.NewGuid()), HttpStatusCode.NotFound);
        await RefusedWithoutChange(() => MarkMissingAsync(Client, request.Id, new string('n', 2001)), HttpStatusCode.BadRequest, "note");

        await (await Client.CancelAsync(request.Id, "Patron no longer needs it")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => MarkMissingAsync(Client, request.Id), HttpStatusCode.Conflict, "Cancelled");
        Assert.Null((await ItemAsync()).MissingSince);
    }
}
