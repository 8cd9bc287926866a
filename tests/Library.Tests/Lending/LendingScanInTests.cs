using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.Lending;

/// <summary>
/// Scan In Items for lending (<c>POST /api/lending-requests/scan-in</c>): a lent item's barcode checks it in, the barcode
/// of an item waiting to ship ships it by the due date given, and a barcode of several waiting requests asks which.
/// </summary>
public sealed class LendingScanInTests : HostTest
{
    private const string Barcode = LendingApi.KnownBarcode;

    private Task<HttpResponseMessage> ScanAsync(object body, HttpClient? client = null) =>
        (client ?? Client).PostAsJsonAsync("/api/lending-requests/scan-in", body);

    [Fact]
    public async Task Scanning_the_item_of_a_request_waiting_to_ship_ships_it_by_the_due_date_given()
    {
        var created = await Client.CreateLendingAsync();

        await RefusedWithoutChange(() => ScanAsync(new { barcode = Barcode }), HttpStatusCode.BadRequest, "dueDate", created.Id.ToString(), "BRL01");
        var shipped = await (await ScanAsync(new { barcode = Barcode, dueDate = "2099-03-31", partnerNote = "Handle with care" }))
            .ReadAsync<LendingRequestView>(HttpStatusCode.OK);

        Assert.Equal((created.Id, LendingStatus.ShippedPhysically), (shipped.Id, shipped.Status));
        Assert.Equal(new DateOnly(2099, 3, 31), shipped.DueDate);
        Assert.Equal([Barcode], shipped.ShippedBarcodes);
        Assert.Contains(shipped.History, h => h.Note is { } note && note.StartsWith("ship-physically: Lending Request Created → Shipped Physically"));
        Assert.Contains(shipped.Notes, n => n is { Kind: NoteKind.ToPartner, Text: "Handle with care" });
    }

    [Fact]
    public async Task Scanning_a_lent_item_checks_it_in_whether_on_loan_or_returned_by_a_shipped_barcode()
    {
        var onLoan = await Client.CreateLendingAsync();
        await Client.ActAsync(onLoan.Id, "ship-physically", LendingApi.Shipment("2099-01-31", Barcode, "SUPPL-0007"));
        await Client.ActAsync(onLoan.Id, "received-by-partner");
        await Client.ActAsync(onLoan.Id, "returned-by-partner");

        var checkedIn = await (await ScanAsync(new { barcode = "SUPPL-0007", internalNote = "box was wet" })).ReadAsync<LendingRequestView>(HttpStatusCode.OK);

        Assert.Equal((onLoan.Id, LendingStatus.RequestCompleted), (checkedIn.Id, checkedIn.Status));
        Assert.Contains(checkedIn.History, h => h.Note is { } note && note.StartsWith("check-in: Returned by Partner → Request Completed"));
        // Checked in, it waits for nothing a scan does any more.
        await RefusedWithoutChange(() => ScanAsync(new { barcode = Barcode, dueDate = "2099-03-31" }), HttpStatusCode.Conflict,
            onLoan.Id.ToString(), "Request Completed");
    }

    [Fact]
    public async Task A_barcode_of_two_waiting_requests_lists_them_and_the_request_id_chooses()
    {
        var lent = await Client.CreateLendingAsync();
        await Client.ActAsync(lent.Id, "ship-physically", LendingApi.Shipment("2099-01-31"));
        var next = LendingApi.NewLendingRequest();
        next["externalId"] = "ILL-2026-0077";
        var waiting = await Client.CreateLendingAsync(next);

        var ambiguous = await (await ScanAsync(new { barcode = Barcode, dueDate = "2099-05-31" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "requestId", lent.Id.ToString(), waiting.Id.ToString());
        var listed = ambiguous["lendingRequests"]!.AsArray().Select(r => (r!["id"]!.GetValue<Guid>(), r["action"]!.GetValue<string>(), r["status"]!.GetValue<string>()));
        Assert.Equal([(lent.Id, "check-in", "Shipped Physically"), (waiting.Id, "ship-physically", "Lending Request Created")], listed);
        Assert.Equal(LendingStatus.ShippedPhysically, (await Client.GetLendingAsync(lent.Id)).Status);
        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.GetLendingAsync(waiting.Id)).Status);

        var returned = await (await ScanAsync(new { barcode = Barcode, requestId = lent.Id })).ReadAsync<LendingRequestView>(HttpStatusCode.OK);
        Assert.Equal(LendingStatus.RequestCompleted, returned.Status);
        // Now only the waiting request is left for this barcode.
        var shipped = await (await ScanAsync(new { barcode = Barcode, dueDate = "2099-05-31" })).ReadAsync<LendingRequestView>(HttpStatusCode.OK);
        Assert.Equal((waiting.Id, LendingStatus.ShippedPhysically), (shipped.Id, shipped.Status));
    }

    [Fact]
    public async Task A_request_id_that_does_not_wait_for_the_barcode_is_refused_naming_it()
    {
        var waiting = await Client.CreateLendingAsync();
        var unrelated = Guid.NewGuid();

        await RefusedWithoutChange(() => ScanAsync(new { barcode = Barcode, dueDate = "2099-05-31", requestId = unrelated }),
            HttpStatusCode.BadRequest, "requestId", unrelated.ToString(), waiting.Id.ToString());
    }

    [Fact]
    public async Task An_unknown_barcode_and_bad_input_change_nothing()
    {
        await Client.CreateLendingAsync();

        await RefusedWithoutChange(() => ScanAsync(new { barcode = "NO-SUCH-ITEM" }), HttpStatusCode.NotFound, "NO-SUCH-ITEM");
        await RefusedWithoutChange(() => ScanAsync(new { barcode = "" }), HttpStatusCode.BadRequest, "barcode");
        await RefusedWithoutChange(() => ScanAsync(new { barcode = Barcode, dueDate = "9999-12-31" }), HttpStatusCode.BadRequest, "dueDate");
        await RefusedWithoutChange(() => Client.PostAsync("/api/lending-requests/scan-in", null), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Staff_without_a_fulfilment_role_at_the_items_library_cannot_scan_it()
    {
        var created = await Client.CreateLendingAsync();
        var elsewhere = await Host.StaffAsync("main.operator", ("Fulfillment Services Operator", ["MAIN"]));
        var desk = await Host.StaffAsync("desk.operator", ("Circulation Desk Operator", ["LAW"]));

        await RefusedWithoutChange(() => ScanAsync(new { barcode = Barcode, dueDate = "2099-05-31" }, elsewhere), HttpStatusCode.Forbidden, "library LAW");
        await RefusedWithoutChange(() => ScanAsync(new { barcode = Barcode, dueDate = "2099-05-31" }, desk), HttpStatusCode.Forbidden);
        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.GetLendingAsync(created.Id)).Status);
    }
}
