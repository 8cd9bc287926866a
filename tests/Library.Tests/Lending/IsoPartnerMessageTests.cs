using System.Net;
using Library.Host.Contracts;
using Library.Iso18626;
using Library.Lending;
using Library.Tests.Infrastructure;
using Library.Tests.Iso18626;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Testing;
using Workflows.Http;

namespace Library.Tests.Lending;

/// <summary>
/// The supplyingAgencyMessages an ISO partner gets over HTTP, end to end: the staff API drives a lending request, and a
/// loopback partner receives the messages and confirms them as an ISO 18626 requesting agency would.
/// </summary>
public sealed class IsoPartnerMessageTests : IAsyncLifetime
{
    private const string Us = "ISIL:XX-LIB";
    private const string PartnerCode = "ISO01";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestHttpPartner _partner = null!;
    private LibraryHost _host = null!;

    public async Task InitializeAsync()
    {
        _partner = await TestHttpPartner.StartAsync();
        _partner.Answer(post => IsoRequestingAgency.Confirm(post, MessageStatus.Ok));
        _host = LibraryHost.Start(new Dictionary<string, string?> { ["Lending:IsoSymbol"] = Us }, _clock);
        await _host.Client.RegisterPartnerAsync(PartnerCode, "ISO", isoEndpoint: _partner.Url("/iso18626"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _partner.DisposeAsync();
    }

    [Fact]
    public async Task The_partner_receives_every_supplying_agency_message_of_a_loan_schema_valid_and_in_order_and_its_confirmations_are_kept()
    {
        var client = _host.Client;
        var created = await client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: PartnerCode));
        await client.ActAsync(created.Id, "will-supply");
        await client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000999", "39001000998"));
        await client.ActAsync(created.Id, "received-by-partner");
        await client.ActAsync(created.Id, "returned-by-partner");
        await client.ActAsync(created.Id, "check-in");

        var received = await _partner.WaitForAsync(3);
        Assert.All(received, post => Iso18626Schema.AssertValid(post.Body));
        var messages = received.Select(post => (SupplyingAgencyMessage)Iso18626Reader.Read(post.Body).Message!).ToList();
        Assert.Equal(
            [(ReasonForMessage.RequestResponse, SupplyingAgencyStatus.WillSupply), (ReasonForMessage.StatusChange, SupplyingAgencyStatus.Loaned),
                (ReasonForMessage.StatusChange, SupplyingAgencyStatus.LoanCompleted)],
            messages.Select(m => (m.MessageInfo.ReasonForMessage, m.StatusInfo.Status)));
        Assert.All(messages, m =>
        {
            Assert.Equal(IsoAgencyId.Parse(Us), m.Header.SupplyingAgencyId);
            Assert.Equal(IsoAgencyId.Parse($"ISIL:XX-{PartnerCode}"), m.Header.RequestingAgencyId);
            Assert.Equal("ILL-2026-0042", m.Header.RequestingAgencyRequestId);
            Assert.Equal(created.Id.ToString(), m.Header.SupplyingAgencyRequestId);
        });
        var loaned = messages[1];
        Assert.Equal("39001000999,39001000998", loaned.DeliveryInfo?.ItemId);
        Assert.Equal(new DateTime(2099, 2, 1, 0, 0, 0, DateTimeKind.Utc), loaned.StatusInfo.DueDate);
        Assert.Equal("Handle with care", loaned.MessageInfo.Note);

        var confirmed = await _host.EventuallyAsync(() => client.GetLendingAsync(created.Id), r => r.IsoMessages.All(m => m.ConfirmedAt is not null));
        Assert.Equal(received.Select(p => p.Body), confirmed.IsoMessages.Select(m => m.Xml));
        Assert.All(confirmed.IsoMessages, m => Assert.Equal(("OK", (string?)null), (m.MessageStatus, m.ErrorType)));
        Assert.All(confirmed.IsoMessages, m => Assert.Contains("supplyingAgencyMessageConfirmation", m.ConfirmationXml));
        Assert.DoesNotContain(confirmed.Alerts, a => a.Message == PartnerMessageError.Message);
        Assert.Equal(3, _partner.Received.Count);
    }

    [Fact]
    public async Task A_loan_the_partner_asks_for_and_follows_over_ISO_18626_is_answered_by_every_supplying_agency_message_in_order()
    {
        var client = _host.Client;
        await PostToUsAsync(new Request(PartnerHeader("P-77"), new BibliographicInfo(SupplierUniqueRecordId: LendingApi.KnownBarcode),
            ServiceInfo: new ServiceInfo(RequestType.New, ServiceType.Loan)));
        // The clock moves a second between steps, so the request's messages, ordered by when they were made, read in
        // the order the test made them.
        _clock.Advance(TimeSpan.FromSeconds(1));
        var id = await _host.QueryAsync(db => db.LendingRequests.Where(r => r.ExternalId == "P-77").Select(r => r.Id).SingleAsync());
        await client.ActAsync(id, "will-supply");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await client.ActAsync(id, "ship-physically", LendingApi.Shipment("2099-01-31", LendingApi.KnownBarcode));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _partner.WaitForAsync(2);
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-77"), RequestingAgencyAction.Received));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-77"), RequestingAgencyAction.ShippedReturn));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LendingStatus.RequestCompleted, (await client.ActAsync(id, "check-in")).Status);

        var received = await _partner.WaitForAsync(3);
        Assert.All(received, post => Iso18626Schema.AssertValid(post.Body));
        Assert.Equal([SupplyingAgencyStatus.WillSupply, SupplyingAgencyStatus.Loaned, SupplyingAgencyStatus.LoanCompleted],
            received.Select(p => ((SupplyingAgencyMessage)Iso18626Reader.Read(p.Body).Message!).StatusInfo.Status));
        Assert.All(received, p => Assert.Equal("P-77", ((SupplyingAgencyMessage)Iso18626Reader.Read(p.Body).Message!).Header.RequestingAgencyRequestId));
        var done = await _host.EventuallyAsync(() => client.GetLendingAsync(id), r => r.IsoMessages.All(m => m.MessageStatus == "OK"));
        Assert.Equal(
            [(IsoDirection.Received, "Request"), (IsoDirection.Sent, "RequestResponse"), (IsoDirection.Sent, "StatusChange"),
                (IsoDirection.Received, "Received"), (IsoDirection.Received, "ShippedReturn"), (IsoDirection.Sent, "StatusChange")],
            done.IsoMessages.Select(m => (m.Direction, m.ReasonForMessage)));
        Assert.Equal(3, _partner.Received.Count);
    }

    [Fact]
    public async Task A_status_request_is_answered_with_the_current_status_and_the_due_date_of_a_loan_changing_nothing()
    {
        var client = _host.Client;
        var id = await PartnerRequestsAsync("P-80");
        await client.ActAsync(id, "will-supply", new { partnerNote = "Coming soon" });
        Tick();
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-80"), RequestingAgencyAction.StatusRequest));
        Tick();
        var asked = await _partner.WaitForAsync(2);
        Assert.Equal(LendingStatus.WillSupply, (await client.GetLendingAsync(id)).Status);
        await client.ActAsync(id, "ship-physically", LendingApi.Shipment("2099-01-31", LendingApi.KnownBarcode));
        Tick();
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-80"), RequestingAgencyAction.StatusRequest));

        var received = await _partner.WaitForAsync(4);
        Assert.All(received, post => Iso18626Schema.AssertValid(post.Body));
        var messages = received.Select(post => (SupplyingAgencyMessage)Iso18626Reader.Read(post.Body).Message!).ToList();
        Assert.Equal(
            [(ReasonForMessage.RequestResponse, SupplyingAgencyStatus.WillSupply), (ReasonForMessage.StatusRequestResponse, SupplyingAgencyStatus.WillSupply),
                (ReasonForMessage.StatusChange, SupplyingAgencyStatus.Loaned), (ReasonForMessage.StatusRequestResponse, SupplyingAgencyStatus.Loaned)],
            messages.Select(m => (m.MessageInfo.ReasonForMessage, m.StatusInfo.Status)));
        Assert.Equal("Coming soon", messages[0].MessageInfo.Note);
        Assert.Null(messages[1].MessageInfo.Note);
        Assert.Null(messages[1].StatusInfo.DueDate);
        Assert.Equal(new DateTime(2099, 2, 1, 0, 0, 0, DateTimeKind.Utc), messages[3].StatusInfo.DueDate);
        Assert.Null(messages[3].DeliveryInfo);
        Assert.All(messages, m => Assert.Equal("P-80", m.Header.RequestingAgencyRequestId));

        var done = await _host.EventuallyAsync(() => client.GetLendingAsync(id), r => r.IsoMessages.All(m => m.MessageStatus == "OK"));
        Assert.Equal(LendingStatus.ShippedPhysically, done.Status);
        Assert.Equal(
            [(IsoDirection.Received, "Request"), (IsoDirection.Sent, "RequestResponse"), (IsoDirection.Received, "StatusRequest"),
                (IsoDirection.Sent, "StatusRequestResponse"), (IsoDirection.Sent, "StatusChange"), (IsoDirection.Received, "StatusRequest"),
                (IsoDirection.Sent, "StatusRequestResponse")],
            done.IsoMessages.Select(m => (m.Direction, m.ReasonForMessage)));
        Assert.DoesNotContain(done.AllowedActions, a => a.Name == "status-request");
        Assert.Equal([$"partner:{PartnerCode}", $"partner:{PartnerCode}"],
            done.History.Where(h => h.Type == nameof(NotifyPartner) && h.Note?.Contains("StatusRequestResponse") == true).Select(h => h.Actor));
        Assert.Equal(4, _partner.Received.Count);
    }

    [Fact]
    public async Task A_renewal_the_partner_asks_for_over_ISO_18626_is_answered_yes_with_the_new_due_date()
    {
        var client = _host.Client;
        var id = await PartnerRequestsAsync("P-81");
        await client.ActAsync(id, "will-supply");
        Tick();
        await client.ActAsync(id, "ship-physically", LendingApi.Shipment("2099-01-31", LendingApi.KnownBarcode));
        Tick();
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-81"), RequestingAgencyAction.Received));
        Tick();
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-81"), RequestingAgencyAction.Renew, Note: "Reader needs it longer"));
        Tick();
        Assert.Equal(LendingStatus.RenewRequested, (await client.GetLendingAsync(id)).Status);
        var renewed = await client.ActAsync(id, "renew", new { dueDate = "2099-03-31" });
        Assert.Equal(LendingStatus.ReceivedByPartner, renewed.Status);

        var received = await _partner.WaitForAsync(3);
        Assert.All(received, post => Iso18626Schema.AssertValid(post.Body));
        var answer = (SupplyingAgencyMessage)Iso18626Reader.Read(received[2].Body).Message!;
        Assert.Equal((ReasonForMessage.RenewResponse, (bool?)true, SupplyingAgencyStatus.Loaned),
            (answer.MessageInfo.ReasonForMessage, answer.MessageInfo.AnswerYesNo, answer.StatusInfo.Status));
        Assert.Equal(new DateTime(2099, 4, 1, 0, 0, 0, DateTimeKind.Utc), answer.StatusInfo.DueDate);
        var done = await _host.EventuallyAsync(() => client.GetLendingAsync(id), r => r.IsoMessages.All(m => m.MessageStatus == "OK"));
        Assert.Contains(done.History, h => h.Actor == $"partner:{PartnerCode}" && h.Note?.StartsWith("renew-requested: Received by Partner → Renew Requested") == true);
        Assert.Equal(
            [(IsoDirection.Received, "Request"), (IsoDirection.Sent, "RequestResponse"), (IsoDirection.Sent, "StatusChange"),
                (IsoDirection.Received, "Received"), (IsoDirection.Received, "Renew"), (IsoDirection.Sent, "RenewResponse")],
            done.IsoMessages.Select(m => (m.Direction, m.ReasonForMessage)));
    }

    [Fact]
    public async Task A_request_running_on_the_lending_version_before_status_requests_is_moved_onto_the_newest_and_answered()
    {
        var id = await PartnerRequestsAsync("P-83");
        await _host.Client.ActAsync(id, "will-supply");
        Tick();
        // Confirmed before the stop, or the outbox would send it again after the restart, as it does for a lost answer.
        await _host.EventuallyAsync(() => _host.Client.GetLendingAsync(id), r => r.IsoMessages.All(m => m.ConfirmedAt is not null));
        var before = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Upgrades", "lending-state-machine-v2.json"));

        // The request's instance runs on the version before, which has no status-request action; this release cannot run
        // it (every version must keep the actions the service takes), so the upgrade moves the request onto the newest.
        await _host.RestartAsync(whileStopped: async () =>
        {
            await using var db = _host.OpenDatabase();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync(
                $"""UPDATE workflow_definitions SET "Json" = {before}, "ContentHash" = 'machine-v2' WHERE "DefinitionId" = 'lending' AND "Version" = 1"""));
        });
        var moved = await _host.Client.GetLendingAsync(id);
        Assert.Equal((LendingStatus.WillSupply, 2), (moved.Status, moved.Workflow?.Version));
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-83"), RequestingAgencyAction.StatusRequest));

        var received = await _partner.WaitForAsync(2);
        Iso18626Schema.AssertValid(received[1].Body);
        var answer = (SupplyingAgencyMessage)Iso18626Reader.Read(received[1].Body).Message!;
        Assert.Equal((ReasonForMessage.StatusRequestResponse, SupplyingAgencyStatus.WillSupply), (answer.MessageInfo.ReasonForMessage, answer.StatusInfo.Status));
    }

    [Fact]
    public async Task Staff_cannot_answer_a_status_request_in_the_partners_place()
    {
        var created = await _host.Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: PartnerCode));

        var problem = await (await _host.Client.PostAsync($"/api/lending-requests/{created.Id}/actions/status-request", null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("status-request is taken by the workflow", (string?)problem["detail"]);
        Assert.Empty((await _host.Client.GetLendingAsync(created.Id)).IsoMessages);
        Assert.Empty(_partner.Received);
    }

    [Fact]
    public async Task A_cancel_the_lender_accepts_is_answered_Cancelled_and_one_it_declines_with_the_unshipped_status_in_order()
    {
        var client = _host.Client;
        var accepted = await PartnerRequestsAsync("P-81");
        var declined = await PartnerRequestsAsync("P-82");
        foreach (var id in new[] { accepted, declined })
        {
            await client.ActAsync(id, "will-supply");
            Tick();
        }
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-81"), RequestingAgencyAction.Cancel));
        await PostToUsAsync(new RequestingAgencyMessage(PartnerHeader("P-82"), RequestingAgencyAction.Cancel, Note: "Found it elsewhere"));
        Assert.Equal(LendingStatus.CancelReply, (await client.GetLendingAsync(accepted)).Status);
        Assert.Equal(LendingStatus.CancelReply, (await client.GetLendingAsync(declined)).Status);
        Tick();

        Assert.Equal(LendingStatus.Cancelled, (await client.ActAsync(accepted, "cancel-reply", new { accept = true })).Status);
        Assert.Equal(LendingStatus.WillSupply, (await client.ActAsync(declined, "cancel-reply", new { accept = false, partnerNote = "Already on its way to the shelf" })).Status);

        var received = await _partner.WaitForAsync(4);
        Assert.All(received, post => Iso18626Schema.AssertValid(post.Body));
        foreach (var (requestId, answer, status) in new[] { ("P-81", true, SupplyingAgencyStatus.Cancelled), ("P-82", false, SupplyingAgencyStatus.WillSupply) })
        {
            var messages = received.Select(post => (SupplyingAgencyMessage)Iso18626Reader.Read(post.Body).Message!)
                .Where(m => m.Header.RequestingAgencyRequestId == requestId).ToList();
            Assert.Equal(
                [(ReasonForMessage.RequestResponse, SupplyingAgencyStatus.WillSupply, (bool?)null), (ReasonForMessage.CancelResponse, status, answer)],
                messages.Select(m => (m.MessageInfo.ReasonForMessage, m.StatusInfo.Status, m.MessageInfo.AnswerYesNo)));
        }
        var kept = await _host.EventuallyAsync(() => client.GetLendingAsync(declined), r => r.IsoMessages.All(m => m.MessageStatus == "OK"));
        Assert.Equal([(IsoDirection.Received, "Request"), (IsoDirection.Sent, "RequestResponse"), (IsoDirection.Received, "Cancel"), (IsoDirection.Sent, "CancelResponse")],
            kept.IsoMessages.Select(m => (m.Direction, m.ReasonForMessage)));
        Assert.Equal("Already on its way to the shelf", kept.IsoMessages[^1].Note);
        Assert.Equal(4, _partner.Received.Count);
    }

    [Fact]
    public async Task Messages_sent_while_the_partner_is_down_arrive_once_each_and_in_order_when_it_is_back()
    {
        var client = _host.Client;
        await _partner.GoDownAsync();
        var created = await client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: PartnerCode));
        await client.ActAsync(created.Id, "will-supply");
        var shipped = await client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000999"));
        Assert.All(shipped.IsoMessages, m => Assert.Null(m.ConfirmedAt));
        await _host.EventuallyAsync(() => _host.CountRowsAsync("outbox_messages", "\"Attempts\" >= 1"), tried => tried >= 1);

        await _partner.ComeUpAsync();
        await NextAttemptAsync();

        var received = await _partner.WaitForAsync(2);
        Assert.Equal([SupplyingAgencyStatus.WillSupply, SupplyingAgencyStatus.Loaned],
            received.Select(p => ((SupplyingAgencyMessage)Iso18626Reader.Read(p.Body).Message!).StatusInfo.Status));
        var confirmed = await _host.EventuallyAsync(() => client.GetLendingAsync(created.Id), r => r.IsoMessages.All(m => m.MessageStatus == "OK"));
        Assert.Equal(received.Select(p => p.Body), confirmed.IsoMessages.Select(m => m.Xml));
        Assert.Equal(2, _partner.Received.Count);
    }

    [Fact]
    public async Task An_ERROR_confirmation_raises_an_alert_staff_find_in_the_list_and_can_dismiss()
    {
        var client = _host.Client;
        _partner.Answer(post => IsoRequestingAgency.Confirm(post, MessageStatus.Error, new ErrorData(ErrorType.UnrecognisedDataValue, "requestingAgencyRequestId")));
        var created = await client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: PartnerCode));
        await client.ActAsync(created.Id, "will-supply");

        var alerted = await _host.EventuallyAsync(() => client.GetLendingAsync(created.Id), r => r.IsoMessages.Single().ConfirmedAt is not null);
        var message = alerted.IsoMessages.Single();
        Assert.Equal(("ERROR", "UnrecognisedDataValue", "requestingAgencyRequestId"), (message.MessageStatus, message.ErrorType, message.ErrorValue));
        var alert = Assert.Single(alerted.Alerts, a => a.Message == PartnerMessageError.Message);
        var listed = await (await client.GetAsync($"/api/lending-requests?alerts={Uri.EscapeDataString(PartnerMessageError.Message)}"))
            .ReadAsync<LendingRequestPage>(HttpStatusCode.OK);
        Assert.Equal([created.Id], listed.Items.Select(r => r.Id));
        Assert.Equal([PartnerMessageError.Message], listed.Items.Single().Alerts);

        var dismissed = await (await client.PostAsync($"/api/lending-requests/{created.Id}/alerts/{alert.Id}/dismiss", null))
            .ReadAsync<LendingRequestView>(HttpStatusCode.OK);
        Assert.DoesNotContain(dismissed.Alerts, a => a.Message == PartnerMessageError.Message);
        Assert.Equal("ERROR", dismissed.IsoMessages.Single().MessageStatus);
    }

    /// <summary>The partner asks for the known item over ISO 18626; the request it creates.</summary>
    private async Task<Guid> PartnerRequestsAsync(string requestId)
    {
        await PostToUsAsync(new Request(PartnerHeader(requestId), new BibliographicInfo(SupplierUniqueRecordId: LendingApi.KnownBarcode),
            ServiceInfo: new ServiceInfo(RequestType.New, ServiceType.Loan)));
        Tick();
        return await _host.QueryAsync(db => db.LendingRequests.Where(r => r.ExternalId == requestId).Select(r => r.Id).SingleAsync());
    }

    /// <summary>Moves the clock a second, so a request's messages, ordered by when they were made, read in the order the test made them.</summary>
    private void Tick() => _clock.Advance(TimeSpan.FromSeconds(1));

    private static Header PartnerHeader(string requestId) =>
        new(IsoAgencyId.Parse(Us), IsoAgencyId.Parse($"ISIL:XX-{PartnerCode}"), DateTime.UtcNow, requestId);

    /// <summary>Posts a message as the partner does, asserting it was confirmed OK.</summary>
    private async Task PostToUsAsync(Iso18626Message message)
    {
        var response = await _host.NewClient().PostAsync("/api/iso18626", new StringContent(Iso18626Writer.Write(message), System.Text.Encoding.UTF8, "application/xml"));
        var confirmation = Iso18626Reader.Read(await response.Content.ReadAsStringAsync()).Message;
        var header = confirmation switch
        {
            RequestConfirmation c => c.ConfirmationHeader,
            RequestingAgencyMessageConfirmation c => c.ConfirmationHeader,
            _ => throw new InvalidOperationException($"{(int)response.StatusCode}: not a confirmation"),
        };
        Assert.Equal(MessageStatus.Ok, header.MessageStatus);
    }

    [Fact]
    public async Task A_message_given_up_unanswered_raises_the_alert_with_why()
    {
        await _host.DisposeAsync();
        _host = LibraryHost.Start(new Dictionary<string, string?> { ["Lending:IsoSymbol"] = Us, ["HttpOutbox:MaxAttempts"] = "1" }, _clock);
        await _host.Client.RegisterPartnerAsync(PartnerCode, "ISO", isoEndpoint: _partner.Url("/iso18626"));
        await _partner.GoDownAsync();
        var created = await _host.Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: PartnerCode));
        await _host.Client.ActAsync(created.Id, "will-supply");

        var alerted = await _host.EventuallyAsync(() => _host.Client.GetLendingAsync(created.Id), r => r.IsoMessages.Single().ConfirmedAt is not null);
        var message = alerted.IsoMessages.Single();
        Assert.Null(message.MessageStatus);
        Assert.StartsWith("not delivered after 1 attempt(s): ", message.ErrorValue);
        Assert.Contains(alerted.Alerts, a => a.Message == PartnerMessageError.Message);
        Assert.Empty(_partner.Received);
    }

    /// <summary>Moves the clock past any pause between attempts and wakes the HTTP dispatcher, as its own wait would.</summary>
    private Task NextAttemptAsync()
    {
        _clock.Advance(TimeSpan.FromMinutes(10));
        return _host.ServiceAsync<HttpDeliverySignal, bool>(signal =>
        {
            signal.Notify();
            return Task.FromResult(true);
        });
    }
}
