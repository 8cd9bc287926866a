using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// Electronic digitization (Alma: Digitization Processing): a request for an item whose record has a representation in
/// the repository is digitized from it, skipping pickup and scan-in; "Change to Electronic Digitization" and "Change to
/// Physical Digitization" while the other inventory exists; "View it" opens the representation.
/// </summary>
public sealed class ElectronicDigitizationTests : HostTest
{
    /// <summary>Not in the test catalogue: a record whose only inventory is the representation made from it.</summary>
    private const string UncataloguedBarcode = "39009999999";

    private const string MmsId = "991234567890";

    private static JsonObject NewRequest(string barcode = Api.Barcode, string? inventory = null, string? mmsId = null)
    {
        var body = Api.NewRequest(barcode);
        if (inventory is not null) body["inventory"] = inventory;
        if (mmsId is not null) body["item"]!["mmsId"] = mmsId;
        return body;
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, Guid id, string to) =>
        client.PostAsync($"/api/requests/{id}/change-to-{to}", null);

    /// <summary>
    /// Puts an active representation of the item into the repository the way the institution does: a physical request
    /// routed to Digital Inventory, digitized and delivered.
    /// </summary>
    private async Task<byte[]> RepresentAsync(string barcode, string? mmsId = null)
    {
        var file = Api.FileOf(2048, seed: 7);
        var request = await Client.CreateAsync(NewRequest(barcode, mmsId: mmsId));
        Assert.Equal(DigitizationInventory.Physical, request.Inventory);
        await (await Client.ScanAtDepartmentAsync(barcode)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var delivered = await (await Client.AddRepresentationAsync(request.Id, file)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(DigitizationStatus.Completed, delivered.Status);
        Assert.NotNull(delivered.ViewIt);
        return file;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Client.AddRuleAsync("DigitalInventory");
    }

    [Fact]
    public async Task A_record_with_only_a_representation_is_digitized_from_it_without_pickup_or_scan_in()
    {
        var file = await RepresentAsync(UncataloguedBarcode, MmsId);

        // Another copy's barcode of the same record: the record, not the copy, has the representation.
        var request = await Client.CreateAsync(NewRequest("39009999998", mmsId: MmsId));

        Assert.Equal((DigitizationInventory.Electronic, DigitizationStatus.Digitization), (request.Inventory, request.Status));
        Assert.Equal(["NextStep"], request.Workflow!.WaitingFor.Where(w => w is "NextStep" or "ScanIn"));
        Assert.Equal(ItemWhereabouts.NotMoved, request.Whereabouts.Kind);
        Assert.DoesNotContain(request.History, h => h.Activity is "pickup-from-shelf" or "scan-in");
        Assert.Contains(request.History, h => h.Activity == "inventory" && h.Outcome == "Electronic");
        Assert.Equal(file, await Client.GetByteArrayAsync(request.ViewIt));

        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var done = await (await Client.AddRepresentationAsync(request.Id, Api.FileOf(512))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal((DigitizationStatus.Completed, WorkflowStatus.Finished), (done.Status, done.Workflow!.Status));
        Assert.Contains(done.History, h => h.Activity == "return-completed" && h.Note == "Electronic digitization: no item to return");
        Assert.Null(done.Whereabouts.MoveRequestId);
        Assert.Equal(file, await Client.GetByteArrayAsync(done.ViewIt));
    }

    [Fact]
    public async Task An_item_on_its_shelf_is_digitized_physically_unless_electronic_is_asked_for()
    {
        await RepresentAsync(Api.Barcode);

        var physical = await Client.CreateAsync(NewRequest());
        Assert.Equal((DigitizationInventory.Physical, DigitizationStatus.PickupFromShelf), (physical.Inventory, physical.Status));
        Assert.Null(physical.ViewIt);
        Assert.Contains("change-to-electronic", physical.Actions);

        var electronic = await Client.CreateAsync(NewRequest(inventory: "electronic"));
        Assert.Equal((DigitizationInventory.Electronic, DigitizationStatus.Digitization), (electronic.Inventory, electronic.Status));
        Assert.Contains("change-to-physical", electronic.Actions);

        var rows = await (await Client.GetAsync("/api/requests?limit=1000")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK);
        Assert.Contains("change-to-electronic", Assert.Single(rows, r => r.Id == physical.Id).Actions);
        var row = Assert.Single(rows, r => r.Id == electronic.Id);
        Assert.Equal(DigitizationInventory.Electronic, row.Inventory);
        Assert.Contains("change-to-physical", row.Actions);
    }

    [Fact]
    public async Task Changing_to_electronic_and_back_moves_the_workflow_and_names_the_account()
    {
        await RepresentAsync(Api.Barcode);
        var operatorClient = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        var request = await Client.CreateAsync(NewRequest());

        var electronic = await (await ChangeAsync(operatorClient, request.Id, "electronic")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((DigitizationInventory.Electronic, DigitizationStatus.Digitization), (electronic.Inventory, electronic.Status));
        Assert.DoesNotContain("ScanIn", electronic.Workflow!.WaitingFor);
        Assert.Contains("NextStep", electronic.Workflow.WaitingFor);
        Assert.NotNull(electronic.ViewIt);
        var changed = Assert.Single(electronic.History, h => h.Note == "Changed to electronic digitization");
        Assert.Equal(("scan-in", "Electronic", "woo"), (changed.Activity, changed.Outcome, changed.Actor));
        Assert.Contains(electronic.History, h => h.Activity == "to-electronic" && h.Actor == "woo");
        Assert.Equal(["change-to-physical"], electronic.Actions.Where(a => a.StartsWith("change-to")));

        var physical = await (await ChangeAsync(operatorClient, request.Id, "physical")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((DigitizationInventory.Physical, DigitizationStatus.PickupFromShelf), (physical.Inventory, physical.Status));
        Assert.Contains("ScanIn", physical.Workflow!.WaitingFor);
        Assert.DoesNotContain("NextStep", physical.Workflow.WaitingFor);
        Assert.Null(physical.ViewIt);
        Assert.Contains(physical.History, h => h.Note == "Changed to physical digitization" && h.Activity == "next-step" && h.Actor == "woo");

        // Physical again: the item comes to the department and goes back to its shelf after delivery.
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var done = await (await Client.AddRepresentationAsync(request.Id, Api.FileOf(256))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(DigitizationStatus.Completed, done.Status);
        Assert.NotNull(done.Whereabouts.MoveRequestId);
    }

    [Fact]
    public async Task An_electronic_request_whose_approval_blocks_changes_to_physical_once_approved_and_is_not_held_again()
    {
        await RepresentAsync(Api.Barcode);
        await Client.AddRuleAsync("DigitalInventory", "Blocks", approval: true, name: "Blocks");
        var request = await Client.CreateAsync(NewRequest(inventory: "electronic"));

        await RefusedWithoutChange(() => ChangeAsync(Client, request.Id, "physical"), HttpStatusCode.Conflict, "Next Step");
        await (await Client.DecideAsync(request.Id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await ChangeAsync(Client, request.Id, "physical")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var arrived = await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Digitization, arrived.Status);
        Assert.Contains("next-step", (await Client.GetRequestAsync(request.Id)).Actions);
        var next = await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.DigitalInventory, next.Status);
    }

    [Fact]
    public async Task A_change_or_a_request_needs_the_other_inventory_and_nothing_changes_without_it()
    {
        var physical = await Client.CreateAsync(NewRequest(mmsId: MmsId));
        Assert.DoesNotContain("change-to-electronic", physical.Actions);
        await RefusedWithoutChange(() => ChangeAsync(Client, physical.Id, "electronic"), HttpStatusCode.Conflict,
            "No electronic inventory", Api.Barcode, MmsId);
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/digitization-requests", NewRequest(inventory: "electronic")),
            HttpStatusCode.Conflict, "No electronic inventory", Api.Barcode);

        await RepresentAsync(UncataloguedBarcode);
        var electronic = await Client.CreateAsync(NewRequest(UncataloguedBarcode));
        Assert.Equal(DigitizationInventory.Electronic, electronic.Inventory);
        Assert.DoesNotContain("change-to-physical", electronic.Actions);
        await RefusedWithoutChange(() => ChangeAsync(Client, electronic.Id, "physical"), HttpStatusCode.Conflict,
            "No physical inventory", $"the catalogue has no item {UncataloguedBarcode}");
    }

    [Fact]
    public async Task A_change_is_refused_once_the_item_left_its_shelf_or_the_file_is_being_delivered()
    {
        await RepresentAsync(Api.Barcode);
        var physical = await Client.CreateAsync(NewRequest());
        await RefusedWithoutChange(() => ChangeAsync(Client, physical.Id, "physical"), HttpStatusCode.Conflict, "already", "physical");
        await (await Client.ScanAtDeskAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => ChangeAsync(Client, physical.Id, "electronic"), HttpStatusCode.Conflict, "Pickup From Shelf", "In Transit");
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => ChangeAsync(Client, physical.Id, "electronic"), HttpStatusCode.Conflict, "Pickup From Shelf", "Digitization");

        var electronic = await Client.CreateAsync(NewRequest(inventory: "electronic"));
        await (await Client.NextStepAsync(electronic.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => ChangeAsync(Client, electronic.Id, "physical"), HttpStatusCode.Conflict, "Next Step", "Digital Inventory");

        await RefusedWithoutChange(() => ChangeAsync(Client, Guid.NewGuid(), "electronic"), HttpStatusCode.NotFound);
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/digitization-requests", NewRequest(inventory: "paper")),
            HttpStatusCode.BadRequest, "inventory");
    }

    [Fact]
    public async Task Only_a_work_order_operator_changes_a_request()
    {
        await RepresentAsync(Api.Barcode);
        var request = await Client.CreateAsync(NewRequest());
        var elsewhere = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));

        await RefusedWithoutChange(() => ChangeAsync(elsewhere, request.Id, "electronic"), HttpStatusCode.Forbidden, "Work Order Operator");
    }
}
