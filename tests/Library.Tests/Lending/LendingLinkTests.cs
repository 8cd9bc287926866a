using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Lending;
using Library.Moves;
using Library.Digitization;
using Library.Tests.Infrastructure;
using MimeKit;

namespace Library.Tests.Lending;

/// <summary>A lending request's move and digitization requests run as its children; their ends show as alerts.</summary>
public sealed class LendingLinkTests : HostTest
{
    private static object ToResourceSharing => new { library = "MAIN", location = "RS", note = "for ILL-2026-0042" };

    [Fact]
    public async Task A_moved_item_is_shipped_returned_and_checked_in()
    {
        var created = await Client.CreateLendingAsync();
        var moving = await Client.ActAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(LendingStatus.LendingRequestCreated, moving.Status);
        var alert = Assert.Single(moving.Alerts);
        Assert.Equal("Move request in process", alert.Message);
        // A child's end is an action of the lending definition, open in every status.
        Assert.Contains("child-ended", moving.Workflow!.WaitingFor);

        var move = await (await Client.GetAsync($"/api/move-requests/{alert.LinkedRequestId}")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((MoveStatus.InTransit, "39001000999", "LAW", "RES"), (move.Status, move.Barcode, move.From.Library, move.From.Location));

        var scanned = await (await Client.ScanAtDeskAsync("39001000999", "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal((alert.LinkedRequestId, MoveStatus.Completed), ((Guid?)scanned.Id, scanned.Status));
        var moved = await Client.GetLendingAsync(created.Id);
        Assert.Equal("Move request completed", Assert.Single(moved.Alerts).Message);
        Assert.Contains(moved.History, h => h.Note == "Move request completed");

        Assert.Equal(LendingStatus.ShippedPhysically, (await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment())).Status);
        Assert.Equal(LendingStatus.ReceivedByPartner, (await Client.ActAsync(created.Id, "received-by-partner")).Status);
        Assert.Equal(LendingStatus.ReturnedByPartner, (await Client.ActAsync(created.Id, "returned-by-partner")).Status);
        Assert.Equal(LendingStatus.RequestCompleted, (await Client.ActAsync(created.Id, "check-in")).Status);
    }

    [Fact]
    public async Task Move_and_digitization_requests_started_by_a_lending_request_name_it()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        var moveId = Assert.Single((await Client.ActAsync(created.Id, "move-request", ToResourceSharing)).Alerts).LinkedRequestId!.Value;
        var digitizing = await Client.ActAsync(created.Id, "digitization-request", new { department = Api.Department });
        var digitizationId = digitizing.Alerts.Single(a => a.Message == "Digitization request in process").LinkedRequestId!.Value;
        var origin = $"lending request {created.Id} (BRL01, ILL-2026-0042)";

        var move = await (await Client.GetAsync($"/api/move-requests/{moveId}")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal(created.Id, move.LendingRequestId);
        Assert.EndsWith($"created for {origin}", move.History[0].Note);
        var listed = await (await Client.GetAsync("/api/move-requests?toLibrary=MAIN")).ReadAsync<MoveRequestPage>(HttpStatusCode.OK);
        Assert.Equal((moveId, (Guid?)created.Id), (Assert.Single(listed.Items).Id, listed.Items[0].LendingRequestId));

        var digitization = await Client.GetRequestAsync(digitizationId);
        Assert.Equal(created.Id, digitization.LendingRequestId);
        Assert.Equal($"Created for {origin}", digitization.History.First(h => h.Note is not null).Note);

        // Requests staff or patrons create serve no lending request, and say whom they are for.
        var patron = await Client.CreateAsync();
        Assert.Null(patron.LendingRequestId);
        Assert.Equal("Created for requester p-1001 (Undergraduate)", patron.History.First(h => h.Note is not null).Note);
        var staffMove = await (await Client.PostAsJsonAsync("/api/move-requests", new
        {
            barcode = "39001000998", from = new { library = "LAW", location = "GEN" }, to = new { library = "MAIN", location = "RS" },
        })).ReadAsync<MoveRequestView>(HttpStatusCode.Created);
        Assert.Null(staffMove.LendingRequestId);
        Assert.DoesNotContain("lending request", staffMove.History[0].Note);
    }

    [Fact]
    public async Task A_cancelled_move_shows_as_cancelled_and_a_second_move_may_start()
    {
        var created = await Client.CreateLendingAsync();
        var moveId = Assert.Single((await Client.ActAsync(created.Id, "move-request", ToResourceSharing)).Alerts).LinkedRequestId!.Value;
        var duplicate = await Client.LendingActionAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var cancel = await Client.PostAsync($"/api/move-requests/{moveId}/cancel",
            System.Net.Http.Json.JsonContent.Create(new { reason = "Partner withdrew the request" }));
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Move request cancelled", Assert.Single((await Client.GetLendingAsync(created.Id)).Alerts).Message);

        var again = await Client.ActAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(["Move request cancelled", "Move request in process"], again.Alerts.Select(a => a.Message));
    }

    [Fact]
    public async Task A_move_to_where_the_item_already_is_completes_at_once()
    {
        var created = await Client.CreateLendingAsync();
        var moved = await Client.ActAsync(created.Id, "move-request", new { library = created.Item.Library, location = created.Item.Location });
        Assert.Equal("Move request completed", Assert.Single(moved.Alerts).Message);
    }

    [Fact]
    public async Task A_dismissed_alert_is_no_longer_shown_and_an_end_shows_it_again()
    {
        var created = await Client.CreateLendingAsync();
        var alert = Assert.Single((await Client.ActAsync(created.Id, "move-request", ToResourceSharing)).Alerts);

        Assert.Contains(created.Id, await ListedAsync("Move request in process"));
        var dismissed = await (await Client.PostAsync($"/api/lending-requests/{created.Id}/alerts/{alert.Id}/dismiss", null))
            .ReadAsync<LendingRequestView>(HttpStatusCode.OK);
        Assert.Empty(dismissed.Alerts);
        Assert.DoesNotContain(created.Id, await ListedAsync("Move request in process"));
        Assert.Equal(HttpStatusCode.NotFound,
            (await Client.PostAsync($"/api/lending-requests/{created.Id}/alerts/{Guid.NewGuid()}/dismiss", null)).StatusCode);

        await (await Client.ScanAtDeskAsync("39001000999", "MAIN", "RS")).ReadAsync<MoveRequestView>(HttpStatusCode.OK);
        Assert.Equal("Move request completed", Assert.Single((await Client.GetLendingAsync(created.Id)).Alerts).Message);
        Assert.Contains(created.Id, await ListedAsync("move request completed"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/lending-requests?alerts=Move%20request%20lost")).StatusCode);
    }

    private async Task<List<Guid>> ListedAsync(string alert) =>
        (await (await Client.GetAsync($"/api/lending-requests?alerts={Uri.EscapeDataString(alert)}")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK)).Items
        .Select(r => r.Id).ToList();

    [Fact]
    public async Task A_move_request_after_shipment_is_refused()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        var refused = await Client.LendingActionAsync(created.Id, "move-request", ToResourceSharing);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Empty((await Client.GetLendingAsync(created.Id)).Alerts);
    }

    [Theory]
    [InlineData(false, LendingStatus.RequestCompleted)]
    [InlineData(true, LendingStatus.ShippedDigitally)]
    public async Task A_completed_digitization_ships_every_delivered_file_to_the_partner(bool awaitDigitalReceipt, LendingStatus shippedStatus)
    {
        var partner = awaitDigitalReceipt ? await Client.RegisterPartnerAsync("AWAIT01", awaitDigitalReceipt: true) : LendingApi.EmailPartner;
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital", partner));
        var digitizing = await Client.ActAsync(created.Id, "digitization-request", new { department = Api.Department, note = "chapter 2" });
        var alert = Assert.Single(digitizing.Alerts);
        Assert.Equal("Digitization request in process", alert.Message);
        var request = await (await Client.GetAsync($"/api/requests/{alert.LinkedRequestId}")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(("ill@partner.example", DigitizationStatus.PickupFromShelf), (request.Requester.Email, request.Status));

        await (await Client.ScanAtDeskAsync("39001000999")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.ScanAtDepartmentAsync("39001000999")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var chapter = Api.FileOf(30 * 1024);
        var plates = Api.FileOf(12 * 1024, seed: 2);
        await (await Client.AttachAsync(request.Id, chapter, "chapter-2.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.AttachAsync(request.Id, plates, "chapter-2-plates.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var done = await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Completed, done.Status);

        var shipped = await Client.GetLendingAsync(created.Id);
        Assert.Equal(shippedStatus, shipped.Status);
        Assert.Equal(["chapter-2.pdf", "chapter-2-plates.pdf"], shipped.DigitalShipment!.Files.Select(f => f.FileName));
        Assert.Null(shipped.DigitalShipment.Url);
        Assert.Contains(shipped.History, h => h.Note?.Contains("sent chapter-2.pdf, chapter-2-plates.pdf") == true);
        Assert.Equal("Digitization request completed", Assert.Single(shipped.Alerts).Message);
        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Shipped digitally:") == true);
        Assert.Equal("ill@partner.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("The 2 files are attached", mail.TextBody);
        var sent = mail.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(["chapter-2.pdf", "chapter-2-plates.pdf"], sent.Select(p => p.FileName));
        Assert.Equal([chapter, plates], await Task.WhenAll(sent.Select(BytesOf)));
    }

    private static async Task<byte[]> BytesOf(MimePart part)
    {
        using var bytes = new MemoryStream();
        await part.Content!.DecodeToAsync(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public async Task A_digitization_under_a_blocking_approval_ships_to_the_partner_only_after_approval()
    {
        // The partner is the digitization's requester, in user group Staff.
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Blocks", approval: true, userGroup: "Staff");
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        var requestId = Assert.Single((await Client.ActAsync(created.Id, "digitization-request", new { department = Api.Department })).Alerts).LinkedRequestId!.Value;

        await (await Client.ScanAtDepartmentAsync("39001000999")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(requestId)).ProblemAsync(HttpStatusCode.Conflict, "approv");
        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.GetLendingAsync(created.Id)).Status);

        await (await Client.DecideAsync(requestId, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(requestId)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var file = Api.FileOf(8 * 1024, seed: 5);
        await (await Client.AttachAsync(requestId, file, "article.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.DoneAsync(requestId)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var shipped = await Client.GetLendingAsync(created.Id);
        Assert.Equal((LendingStatus.RequestCompleted, "article.pdf"), (shipped.Status, Assert.Single(shipped.DigitalShipment!.Files).FileName));
        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Shipped digitally:") == true);
        Assert.Equal("ill@partner.example", mail.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_cancelled_digitization_ships_nothing_and_a_refused_department_changes_nothing()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.LendingActionAsync(created.Id, "digitization-request", new { department = "NOPE" })).StatusCode);
        Assert.Empty((await Client.GetLendingAsync(created.Id)).Alerts);

        var requestId = Assert.Single((await Client.ActAsync(created.Id, "digitization-request", new { department = Api.Department })).Alerts).LinkedRequestId!.Value;
        Assert.Equal(HttpStatusCode.OK, (await Client.CancelAsync(requestId)).StatusCode);
        var cancelled = await Client.GetLendingAsync(created.Id);
        Assert.Equal((LendingStatus.LendingRequestCreated, "Digitization request cancelled"), (cancelled.Status, Assert.Single(cancelled.Alerts).Message));
        Assert.Null(cancelled.DigitalShipment);
    }
}
