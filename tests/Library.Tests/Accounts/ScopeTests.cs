using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.Accounts;

/// <summary>
/// Roles scoped to departments, libraries and desks, and scan stations' keys: each works where it is scoped and is
/// refused, naming the role and the place, elsewhere.
/// </summary>
public sealed class ScopeTests : HostTest
{
    [Fact]
    public async Task A_work_order_operator_works_on_requests_at_its_own_departments_only()
    {
        await (await Client.PutAsJsonAsync("/api/departments/DIGI_SOUTH", new { name = "South digitization" })).ReadAsync<DepartmentView>(HttpStatusCode.Created);
        var south = await Host.StaffAsync("south.operator", ("Work Order Operator", ["DIGI_SOUTH"]));
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();

        await RefusedWithoutChange(() => south.NextStepAsync(request.Id), HttpStatusCode.Forbidden, "Work Order Operator", "department DIGI_DEPT_INST");
        await RefusedWithoutChange(() => south.ScanAtDepartmentAsync(department: Api.Department), HttpStatusCode.Forbidden, "DIGI_DEPT_INST");

        var home = await Host.StaffAsync("home.operator", ("Work Order Operator", [Api.Department]));
        var next = await (await home.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Contains(next.History, h => h.Activity == "next-step" && h.Actor == "home.operator");
    }

    [Fact]
    public async Task A_fulfilment_operator_scoped_to_a_library_places_requests_for_its_items_only()
    {
        var law = await Host.StaffAsync("law.desk", ("Fulfillment Services Operator", ["LAW"]));

        await RefusedWithoutChange(() => law.PostAsJsonAsync("/api/digitization-requests", Api.NewRequest()), HttpStatusCode.Forbidden, "library MAIN");
        var lawItem = Api.NewRequest(barcode: "39001000777");
        lawItem["item"]!["library"] = "LAW";
        var placed = await law.CreateAsync(lawItem);
        Assert.Equal("LAW", placed.Item.Library);
    }

    [Fact]
    public async Task Reactivating_a_lending_request_is_a_manager_s_decision()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "reject", new { reason = "Not available for loan" });
        var operatorClient = await Host.StaffAsync("ill.operator", ("Fulfillment Services Operator", []));

        await RefusedWithoutChange(() => operatorClient.LendingActionAsync(created.Id, "reactivate"), HttpStatusCode.Forbidden, "Fulfillment Services Manager");
        var manager = await Host.StaffAsync("ill.manager", ("Fulfillment Services Manager", []));
        Assert.Equal(LendingStatus.RequestReactivated, (await manager.ActAsync(created.Id, "reactivate")).Status);
    }

    [Fact]
    public async Task A_station_key_scans_at_its_own_place_and_nowhere_else_until_it_is_revoked()
    {
        await Client.CreateAsync();
        var station = await Host.RegisterStationAsync("dept-7", Api.Department);

        await RefusedWithoutChange(() => station.ScanAtDepartmentAsync(department: "DIGI_SOUTH", station: "dept-7"), HttpStatusCode.Forbidden,
            "scans at DIGI_DEPT_INST");
        await RefusedWithoutChange(() => station.ScanAtDepartmentAsync(station: "dept-8"), HttpStatusCode.Forbidden, "dept-7");
        await RefusedWithoutChange(() => station.GetAsync("/api/requests"), HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/scan-stations/dept-7")).StatusCode);
        await RefusedWithoutChange(() => station.ScanAtDepartmentAsync(station: "dept-7"), HttpStatusCode.Unauthorized, "revoked");
        var stranger = Host.NewClient();
        stranger.DefaultRequestHeaders.Add("X-Api-Key", "lss_not-a-key");
        await RefusedWithoutChange(() => stranger.ScanAtDepartmentAsync(station: "dept-7"), HttpStatusCode.Unauthorized, "not known");
    }

    [Fact]
    public async Task Assign_to_me_uses_the_signed_in_account_and_the_list_shows_mine_or_unassigned()
    {
        var mine = await Client.CreateLendingAsync();
        var free = await Client.CreateLendingAsync();
        var others = await Client.CreateLendingAsync();
        var anna = await Host.StaffAsync("anna", ("Fulfillment Services Operator", []));
        var bert = await Host.StaffAsync("bert", ("Fulfillment Services Operator", []));

        Assert.Equal("anna", (await anna.ActAsync(mine.Id, "assign", new { })).Assignee);
        Assert.Equal("bert", (await bert.ActAsync(others.Id, "assign", new { })).Assignee);
        await RefusedWithoutChange(() => anna.LendingActionAsync(free.Id, "assign", new { @operator = "nobody" }), HttpStatusCode.BadRequest, "operator");

        async Task<List<Guid>> Ids(string query) =>
            (await (await anna.GetAsync($"/api/lending-requests?{query}")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK)).Items.Select(r => r.Id).ToList();
        Assert.Equal([mine.Id], await Ids("assignee=me"));
        Assert.Equal([mine.Id, free.Id], await Ids("assignee=mine-or-unassigned"));
        Assert.Equal([free.Id], await Ids("assignee=unassigned"));
    }
}
