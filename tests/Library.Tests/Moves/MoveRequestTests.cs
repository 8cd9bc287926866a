using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Moves;
using Library.Digitization;
using Library.Tests.Infrastructure;

namespace Library.Tests.Moves;

public sealed class MoveRequestTests : HostTest
{
    private const string Barcode = "39001000999";

    private static JsonObject NewMove(JsonObject? to = null, string barcode = Barcode, string? manualDescription = null) => new()
    {
        ["barcode"] = barcode,
        ["from"] = new JsonObject { ["library"] = "LAW", ["location"] = "GEN" },
        ["to"] = to ?? new JsonObject { ["library"] = "MAIN", ["location"] = "RS" },
        ["manualDescription"] = manualDescription,
        ["note"] = "For ILL-2026-0042",
    };

    private async Task<(MoveRequestView Move, HttpResponseMessage Response)> CreateAsync(JsonObject body, HttpClient? client = null)
    {
        var response = await (client ?? Client).PostAsJsonAsync("/api/move-requests", body);
        return (await response.ReadAsync<MoveRequestView>(HttpStatusCode.Created), response);
    }

    private async Task<MoveRequestView> GetAsync(Guid id) =>
        await (await Client.GetAsync($"/api/move-requests/{id}")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);

    private Task<HttpResponseMessage> CancelAsync(Guid id, string reason = "Partner withdrew the request") =>
        Client.PostAsJsonAsync($"/api/move-requests/{id}/cancel", new { reason, note = "by e-mail" });

    [Fact]
    public async Task A_move_completes_when_the_item_is_scanned_in_at_its_destination_and_not_elsewhere()
    {
        var rsOperator = await Host.StaffAsync("rs.operator", ("Fulfillment Services Operator", ["LAW"]), ("Circulation Desk Operator", ["MAIN"]));
        var (move, response) = await CreateAsync(NewMove(), rsOperator);
        Assert.Equal($"/api/move-requests/{move.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(MoveRequestType.Move, move.Type);
        Assert.Equal(MoveStatus.InTransit, move.Status);
        Assert.Equal(new DestinationBody("MAIN", "RS", null), move.To);
        var created = Assert.Single(move.History);
        Assert.Equal(("rs.operator", (MoveStatus?)null, MoveStatus.InTransit), (created.Actor, created.From, created.To));

        await (await rsOperator.ScanAtDeskAsync(Barcode, "MAIN", "CIRC")).ProblemAsync(HttpStatusCode.Conflict, move.Id.ToString(), "MAIN/RS");
        Assert.Equal(MoveStatus.InTransit, (await GetAsync(move.Id)).Status);

        var scanned = await (await rsOperator.ScanAtDeskAsync(Barcode, "MAIN", "RS", station: "rs-desk")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal(move.Id, scanned.Id);
        Assert.Equal(MoveStatus.Completed, scanned.Status);
        var arrived = scanned.History[^1];
        Assert.Equal((MoveStatus?)MoveStatus.InTransit, arrived.From);
        Assert.Equal(MoveStatus.Completed, arrived.To);
        Assert.Equal("rs.operator", arrived.Actor);
        Assert.Contains("MAIN/RS (station rs-desk)", arrived.Note);
        Assert.Equal(scanned, await GetAsync(move.Id), MoveViewComparer.Instance);

        // Completed, the move waits for nothing more: another scan there finds no request.
        await (await rsOperator.ScanAtDeskAsync(Barcode, "MAIN", "RS")).ProblemAsync(HttpStatusCode.NotFound, Barcode);
    }

    [Fact]
    public async Task A_move_to_a_desk_completes_on_a_scan_at_that_desk()
    {
        var (move, _) = await CreateAsync(NewMove(new JsonObject { ["desk"] = "RS_DESK" }));
        var scanned = await (await Client.ScanAtDepartmentAsync(Barcode, "RS_DESK")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((move.Id, MoveStatus.Completed), (scanned.Id, scanned.Status));
        Assert.Contains("desk RS_DESK", scanned.History[^1].Note);
    }

    [Fact]
    public async Task A_move_to_where_the_item_already_is_completes_at_once()
    {
        var (move, _) = await CreateAsync(NewMove(new JsonObject { ["library"] = "LAW", ["location"] = "GEN" }));
        Assert.Equal(MoveStatus.Completed, move.Status);
        Assert.Equal([MoveStatus.InTransit, MoveStatus.Completed], move.History.Select(h => h.To));
        Assert.Contains("already at LAW/GEN", move.History[^1].Note);
        Assert.Equal(0, await Host.CountRowsAsync("workflow_bookmarks"));
    }

    [Fact]
    public async Task A_manual_description_makes_a_general_hold_request()
    {
        var (hold, _) = await CreateAsync(NewMove(new JsonObject { ["library"] = "LAW", ["location"] = "GEN" }, manualDescription: "vol. 12 no. 3"));
        Assert.Equal(MoveRequestType.GeneralHold, hold.Type);
        Assert.Equal(MoveStatus.NotStarted, hold.Status);
        Assert.Equal("vol. 12 no. 3", hold.ManualDescription);
        Assert.Contains("General hold", Assert.Single(hold.History).Note);
    }

    [Fact]
    public async Task Cancel_closes_the_move_and_a_second_cancel_is_refused_naming_the_status()
    {
        var (move, _) = await CreateAsync(NewMove());
        var cancelled = await (await CancelAsync(move.Id)).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal(MoveStatus.Cancelled, cancelled.Status);
        Assert.Equal(new CancellationView("Partner withdrew the request", "by e-mail"), cancelled.Cancellation);
        Assert.Equal((MoveStatus?)MoveStatus.InTransit, cancelled.History[^1].From);
        Assert.Contains("Partner withdrew the request", cancelled.History[^1].Note);

        await RefusedWithoutChange(() => CancelAsync(move.Id), HttpStatusCode.Conflict, "Cancelled");
        // Nor does a scan at the destination revive it.
        await (await Client.ScanAtDeskAsync(Barcode, "MAIN", "RS")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(MoveStatus.Cancelled, (await GetAsync(move.Id)).Status);
    }

    [Fact]
    public async Task Cancelling_a_completed_move_is_refused()
    {
        var (move, _) = await CreateAsync(NewMove(new JsonObject { ["library"] = "LAW", ["location"] = "GEN" }));
        await RefusedWithoutChange(() => CancelAsync(move.Id), HttpStatusCode.Conflict, "Completed");
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{ "from": { "library": "LAW", "location": "GEN" }, "to": { "library": "MAIN", "location": "RS" } }""", "barcode" },
        { """{ "barcode": "1", "to": { "library": "MAIN", "location": "RS" } }""", "from" },
        { """{ "barcode": "1", "from": { "library": "LAW" }, "to": { "library": "MAIN", "location": "RS" } }""", "from.location" },
        { """{ "barcode": "1", "from": { "library": "LAW", "location": "GEN" } }""", "to" },
        { """{ "barcode": "1", "from": { "library": "LAW", "location": "GEN" }, "to": { "library": "MAIN" } }""", "to.location" },
        { """{ "barcode": "1", "from": { "library": "LAW", "location": "GEN" }, "to": { "library": "MAIN", "location": "RS", "desk": "RS_DESK" } }""", "to.desk" },
        { """{ "barcode": "1", "from": { "library": "LAW", "location": "GEN" }, "to": { "desk": "RS DESK/1" } }""", "to.desk" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_refused_naming_the_field_and_changes_nothing(string body, string field)
    {
        await RefusedWithoutChange(
            () => Client.PostAsync("/api/move-requests", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, field);
        var problem = await (await Client.PostAsync("/api/move-requests", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task A_cancel_without_a_reason_is_refused_and_changes_nothing()
    {
        var (move, _) = await CreateAsync(NewMove());
        await RefusedWithoutChange(() => Client.PostAsJsonAsync($"/api/move-requests/{move.Id}/cancel", new { note = "no reason" }),
            HttpStatusCode.BadRequest, "reason");
    }

    [Fact]
    public async Task An_unknown_move_request_is_not_found()
    {
        await (await Client.GetAsync($"/api/move-requests/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "move request");
        await RefusedWithoutChange(() => CancelAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "move request");
    }

    [Fact]
    public async Task A_move_and_a_digitization_request_for_the_same_item_do_not_take_each_others_scans()
    {
        var digitization = await Client.CreateAsync(Api.NewRequest(Barcode));
        var (move, _) = await CreateAsync(NewMove());

        // The scan at the move's destination completes the move and leaves the digitization request on the shelf.
        var moved = await (await Client.ScanAtDeskAsync(Barcode, "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((move.Id, MoveStatus.Completed), (moved.Id, moved.Status));
        Assert.Equal(DigitizationStatus.PickupFromShelf, (await Client.GetRequestAsync(digitization.Id)).Status);

        // The scan at the department is the digitization request's; a second move is not touched by it.
        var (second, _) = await CreateAsync(NewMove());
        var arrived = await (await Client.ScanAtDepartmentAsync(Barcode)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((digitization.Id, DigitizationStatus.Digitization), (arrived.Id, arrived.Status));
        Assert.Equal(MoveStatus.InTransit, (await GetAsync(second.Id)).Status);
    }

    [Fact]
    public async Task The_list_filters_by_status_barcode_and_destination_library_in_creation_order()
    {
        var (toResourceSharing, _) = await CreateAsync(NewMove());
        var (toDesk, _) = await CreateAsync(NewMove(new JsonObject { ["desk"] = "RS_DESK" }, barcode: "39001000998"));
        var (alreadyThere, _) = await CreateAsync(NewMove(new JsonObject { ["library"] = "LAW", ["location"] = "GEN" }));
        await (await CancelAsync(toDesk.Id)).ReadAsync<MoveRequestView>(HttpStatusCode.OK);

        Assert.Equal([toResourceSharing.Id, toDesk.Id, alreadyThere.Id], await ListedAsync(""));
        Assert.Equal([alreadyThere.Id], await ListedAsync("status=Completed"));
        Assert.Equal([toResourceSharing.Id], await ListedAsync("status=in%20transit"));
        Assert.Equal([toDesk.Id], await ListedAsync("barcode=39001000998"));
        Assert.Equal([toResourceSharing.Id], await ListedAsync("toLibrary=MAIN"));
        Assert.Equal([toResourceSharing.Id, alreadyThere.Id], await ListedAsync($"barcode={Barcode}"));
        Assert.Equal([toResourceSharing.Id, toDesk.Id], await ListedAsync("pageSize=2"));
        Assert.Equal([alreadyThere.Id], await ListedAsync("pageSize=2&page=2"));
        Assert.Empty(await ListedAsync("pageSize=2&page=3"));
        var paged = await (await Client.GetAsync("/api/move-requests?pageSize=2&page=2")).ReadAsync<MoveRequestPage>(HttpStatusCode.OK);
        Assert.Equal((3, 2, 2), (paged.Total, paged.Page, paged.PageSize));

        var rows = await (await Client.GetAsync("/api/move-requests?barcode=39001000998")).ReadAsync<MoveRequestPage>(HttpStatusCode.OK);
        var row = Assert.Single(rows.Items);
        Assert.Equal((MoveStatus.Cancelled, new DestinationBody(null, null, "RS_DESK"), new DestinationBody("LAW", "GEN", null), (Guid?)null),
            (row.Status, row.To, row.From, row.LendingRequestId));
        var json = await (await Client.GetAsync("/api/move-requests")).Content.ReadAsStringAsync();
        Assert.All(JsonNode.Parse(json)!["items"]!.AsArray(), r => Assert.False(r!.AsObject().ContainsKey("history")));

        await (await Client.GetAsync("/api/move-requests?page=0")).ProblemAsync(HttpStatusCode.BadRequest, "page");
        await (await Client.GetAsync("/api/move-requests?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await Client.GetAsync("/api/move-requests?status=Lost")).ProblemAsync(HttpStatusCode.BadRequest, "status", "In Transit");
    }

    private async Task<List<Guid>> ListedAsync(string filter) =>
        (await (await Client.GetAsync($"/api/move-requests?{filter}")).ReadAsync<MoveRequestPage>(HttpStatusCode.OK)).Items
        .Select(m => m.Id).ToList();

    [Fact]
    public async Task A_move_can_be_started_from_code_through_the_domain_service()
    {
        var id = await Host.ServiceAsync<MoveRequests, Guid>(async moves =>
            (await moves.StartAsync(new NewMove(Barcode, Place.Shelf("LAW", "GEN"), Place.Shelf("MAIN", "RS")), "lending-workflow", default)).Id);
        var move = await GetAsync(id);
        Assert.Equal((MoveStatus.InTransit, "lending-workflow"), (move.Status, move.History[0].Actor));
        var scanned = await (await Client.ScanAtDeskAsync(Barcode, "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((id, MoveStatus.Completed), (scanned.Id, scanned.Status));
    }

    /// <summary>Records holding lists compare by reference; two views are equal when their data and history are.</summary>
    [Fact]
    public async Task A_move_shows_where_its_workflow_waits_until_it_ends()
    {
        var (move, _) = await CreateAsync(NewMove());
        Assert.Equal(("move", 1), (move.Workflow!.Definition, move.Workflow.Version));
        Assert.Equal(["await-arrival", "await-cancellation"], move.Workflow.WaitingAt.Order());

        var cancelled = await (await CancelAsync(move.Id)).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal(move.Workflow.InstanceId, cancelled.Workflow!.InstanceId);
        Assert.Empty(cancelled.Workflow.WaitingAt);
        Assert.Equal("Cancelled", cancelled.Workflow.Result);
    }

    [Fact]
    public async Task A_move_a_lending_request_started_shows_its_child_workflow()
    {
        var lending = await Client.CreateLendingAsync();
        var alert = Assert.Single((await Client.ActAsync(lending.Id, "move-request", new { library = "MAIN", location = "RS" })).Alerts);

        var move = await GetAsync(alert.LinkedRequestId!.Value);
        Assert.Equal("move", move.Workflow!.Definition);
        Assert.Contains("await-arrival", move.Workflow.WaitingAt);
        Assert.NotEqual(lending.Workflow!.InstanceId, move.Workflow.InstanceId);
    }

    private sealed class MoveViewComparer : IEqualityComparer<MoveRequestView>
    {
        public static readonly MoveViewComparer Instance = new();

        public bool Equals(MoveRequestView? x, MoveRequestView? y) =>
            x is not null && y is not null && x with { History = [], Workflow = null } == y with { History = [], Workflow = null }
            && x.History.SequenceEqual(y.History) && x.Workflow?.InstanceId == y.Workflow?.InstanceId && x.Workflow?.Status == y.Workflow?.Status
            && (x.Workflow?.WaitingAt ?? []).SequenceEqual(y.Workflow?.WaitingAt ?? []);

        public int GetHashCode(MoveRequestView view) => view.Id.GetHashCode();
    }
}
