using System.Net;
using System.Net.Http.Json;
using System.Text;
using Library.Iso18626;
using Library.Lending;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Library.Tests.Iso18626;

/// <summary>
/// A partner posts ISO 18626 messages to <c>POST /api/iso18626</c> over the real HTTP pipeline and reads the confirmations:
/// requests become lending requests, requesting-agency messages drive them, and what cannot be taken is refused with an
/// ERROR confirmation that changes nothing.
/// </summary>
public sealed class Iso18626ReceivingTests : HostTest
{
    private const string Partner = "ISOP1";
    private static readonly IsoAgencyId PartnerSymbol = IsoAgencyId.Parse($"ISIL:XX-{Partner}");
    private static readonly IsoAgencyId Us = IsoAgencyId.Parse("ISIL:XX-LIB");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Client.RegisterPartnerAsync(Partner, profileType: "ISO");
    }

    private static Header HeaderFor(string requestId, IsoAgencyId? supplying = null, string? secret = null, IsoAgencyId? requesting = null) =>
        new(supplying ?? Us, requesting ?? PartnerSymbol, DateTime.UtcNow, requestId,
            RequestingAgencyAuthentication: secret is null ? null : new RequestingAgencyAuthentication(null, secret));

    private static Request RequestFor(string requestId, BibliographicInfo? asked = null, ServiceType serviceType = ServiceType.Loan, Header? header = null) =>
        new(header ?? HeaderFor(requestId), asked ?? new BibliographicInfo(SupplierUniqueRecordId: LendingApi.KnownBarcode),
            ServiceInfo: new ServiceInfo(RequestType.New, serviceType, new DateTime(2099, 12, 20, 12, 0, 0, DateTimeKind.Utc), "For a thesis"),
            PatronInfo: new PatronInfo(Email: "patron@partner.example"));

    private async Task<Iso18626Message> PostAsync(string xml, string contentType = "application/xml")
    {
        var response = await Host.NewClient().PostAsync("/api/iso18626", new StringContent(xml, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Iso18626Schema.AssertValid(text);
        return Iso18626Reader.Read(text).Message!;
    }

    private Task<Iso18626Message> PostAsync(Iso18626Message message) => PostAsync(Iso18626Writer.Write(message));

    private static void AssertOk(Iso18626Message confirmation) =>
        Assert.True(Header(confirmation).MessageStatus == MessageStatus.Ok, $"{Error(confirmation)}");

    private static ErrorData AssertError(Iso18626Message confirmation, ErrorType type, string mentions)
    {
        Assert.Equal(MessageStatus.Error, Header(confirmation).MessageStatus);
        var error = Error(confirmation)!;
        Assert.Equal(type, error.ErrorType);
        Assert.Contains(mentions, error.ErrorValue);
        return error;
    }

    private static ConfirmationHeader Header(Iso18626Message confirmation) => confirmation switch
    {
        RequestConfirmation c => c.ConfirmationHeader,
        RequestingAgencyMessageConfirmation c => c.ConfirmationHeader,
        SupplyingAgencyMessageConfirmation c => c.ConfirmationHeader,
        _ => throw new InvalidOperationException($"{confirmation.Kind} is no confirmation"),
    };

    private static ErrorData? Error(Iso18626Message confirmation) => confirmation switch
    {
        RequestConfirmation c => c.ErrorData,
        RequestingAgencyMessageConfirmation c => c.ErrorData,
        SupplyingAgencyMessageConfirmation c => c.ErrorData,
        _ => null,
    };

    private Task<List<LendingRequest>> RequestsAsync() => Host.QueryAsync(db => db.LendingRequests.AsNoTracking().ToListAsync());

    private async Task<LendingRequestViewOf> ReceivedAsync(string requestId)
    {
        var request = Assert.Single(await RequestsAsync(), r => r.ExternalId == requestId);
        return new LendingRequestViewOf(await Client.GetLendingAsync(request.Id));
    }

    private sealed record LendingRequestViewOf(Library.Host.Contracts.LendingRequestView View);

    [Fact]
    public async Task A_request_becomes_a_lending_request_of_the_partner_located_by_barcode()
    {
        var confirmation = Assert.IsType<RequestConfirmation>(await PostAsync(RequestFor("P-1")));

        AssertOk(confirmation);
        Assert.Equal("P-1", confirmation.ConfirmationHeader.RequestingAgencyRequestId);
        Assert.Equal(Us, confirmation.ConfirmationHeader.SupplyingAgencyId);
        var view = (await ReceivedAsync("P-1")).View;
        Assert.Equal(LendingStatus.LendingRequestCreated, view.Status);
        Assert.Equal(Partner, view.Partner.Code);
        Assert.Equal(RequestedFormat.Physical, view.RequestedFormat);
        Assert.Equal((LendingApi.KnownBarcode, "LAW", true), (view.Item.Barcode, view.Item.Library, view.Item.Located));
        Assert.Equal(new DateOnly(2099, 12, 20), view.NeededBy);
        Assert.Equal("For a thesis", view.Note);
        Assert.Equal("patron@partner.example", view.RequesterEmail);
        Assert.Contains(view.History, h => h.Actor == $"partner:{Partner}");
        var received = Assert.Single(view.IsoMessages);
        Assert.Equal((IsoDirection.Received, "Request", "OK"), (received.Direction, received.ReasonForMessage, received.MessageStatus));
    }

    [Theory]
    [InlineData("isbn")]
    [InlineData("title")]
    public async Task A_request_is_located_by_ISBN_then_by_title(string by)
    {
        var asked = by == "isbn"
            ? new BibliographicInfo(SupplierUniqueRecordId: "their-record-7", BibliographicItemIds: [new BibliographicItemId("ISBN", "978-1-4298-3814-6")])
            : new BibliographicInfo(Title: "PRINCIPLES of Computer Science");

        AssertOk(await PostAsync(RequestFor("P-2", asked, ServiceType.Copy)));

        var view = (await ReceivedAsync("P-2")).View;
        Assert.Equal((LendingStatus.LendingRequestCreated, LendingApi.KnownBarcode, true), (view.Status, view.Item.Barcode, view.Item.Located));
        Assert.Equal(RequestedFormat.Digital, view.RequestedFormat);
    }

    [Fact]
    public async Task A_request_matching_no_item_or_two_is_Locate_Failed_keeping_what_the_partner_sent()
    {
        var put = await Client.PutAsJsonAsync("/api/items/39001000777",
            new { title = "Le Rouge et le Noir", author = "Stendhal", library = "LAW", location = "RES" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        AssertOk(await PostAsync(RequestFor("P-none", new BibliographicInfo("their-record-9", "A book nobody has", "Nobody"))));
        AssertOk(await PostAsync(RequestFor("P-two", new BibliographicInfo(Title: "Le Rouge et le Noir"))));

        var none = (await ReceivedAsync("P-none")).View;
        Assert.Equal((LendingStatus.LocateFailed, "their-record-9", "A book nobody has", "MAIN", false),
            (none.Status, none.Item.Barcode, none.Item.Title, none.Item.Library, none.Item.Located));
        var two = (await ReceivedAsync("P-two")).View;
        Assert.Equal((LendingStatus.LocateFailed, false), (two.Status, two.Item.Located));
    }

    [Fact]
    public async Task The_same_request_again_is_answered_OK_and_creates_nothing()
    {
        AssertOk(await PostAsync(RequestFor("P-3")));
        var again = await Task.WhenAll(PostAsync(RequestFor("P-3")), PostAsync(RequestFor("P-3")));

        Assert.All(again, AssertOk);
        var view = (await ReceivedAsync("P-3")).View;
        Assert.Equal(3, view.IsoMessages.Count(m => m.Direction == IsoDirection.Received));
    }

    [Fact]
    public async Task An_unknown_agency_an_inactive_partner_and_another_supplying_agency_are_refused_and_nothing_is_created()
    {
        AssertError(await PostAsync(RequestFor("P-4", header: HeaderFor("P-4", requesting: IsoAgencyId.Parse("ISIL:XX-NOBODY")))),
            ErrorType.UnrecognisedDataValue, "requestingAgencyId: ISIL:XX-NOBODY");
        AssertError(await PostAsync(RequestFor("P-4", header: HeaderFor("P-4", supplying: IsoAgencyId.Parse("ISIL:XX-OTHER")))),
            ErrorType.UnrecognisedDataValue, "supplyingAgencyId: ISIL:XX-OTHER");
        await Host.QueryAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Code == Partner)).Active = false;
            return await db.SaveChangesAsync();
        });
        AssertError(await PostAsync(RequestFor("P-4")), ErrorType.UnrecognisedDataValue, "inactive");

        Assert.Empty(await RequestsAsync());
    }

    [Fact]
    public async Task A_request_without_supplying_agency_is_taken_as_brokers_send_it()
    {
        AssertOk(await PostAsync(RequestFor("P-5", header: HeaderFor("P-5") with { SupplyingAgencyId = null })));

        Assert.Single(await RequestsAsync());
    }

    [Fact]
    public async Task A_partner_with_a_shared_secret_must_send_it()
    {
        await Host.QueryAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Code == Partner)).SharedSecret = "s3cret";
            return await db.SaveChangesAsync();
        });

        AssertError(await PostAsync(RequestFor("P-6")), ErrorType.UnrecognisedDataValue, "securityCode");
        var wrong = AssertError(await PostAsync(RequestFor("P-6", header: HeaderFor("P-6", secret: "guess"))), ErrorType.UnrecognisedDataValue, "securityCode");
        Assert.DoesNotContain("s3cret", wrong.ErrorValue);
        Assert.Empty(await RequestsAsync());

        AssertOk(await PostAsync(RequestFor("P-6", header: HeaderFor("P-6", secret: "s3cret"))));
        Assert.Single(await RequestsAsync());
    }

    private Task<Iso18626Message> ActAsync(string requestId, RequestingAgencyAction action, string? note = null) =>
        PostAsync(new RequestingAgencyMessage(HeaderFor(requestId), action, note));

    [Fact]
    public async Task Cancel_asks_for_the_cancel_reply_as_the_partner()
    {
        AssertOk(await PostAsync(RequestFor("P-7")));

        var confirmation = Assert.IsType<RequestingAgencyMessageConfirmation>(await ActAsync("P-7", RequestingAgencyAction.Cancel, "No longer needed"));

        AssertOk(confirmation);
        Assert.Equal(RequestingAgencyAction.Cancel, confirmation.Action);
        var view = (await ReceivedAsync("P-7")).View;
        Assert.Equal(LendingStatus.CancelReply, view.Status);
        Assert.Contains(view.History, h => h.Actor == $"partner:{Partner}" && h.Note?.Contains("No longer needed") == true);
        Assert.Contains(view.IsoMessages, m => m is { ReasonForMessage: "Cancel", Note: "No longer needed", MessageStatus: "OK" });
    }

    [Fact]
    public async Task Received_renew_and_shipped_return_drive_a_shipped_loan()
    {
        AssertOk(await PostAsync(RequestFor("P-8")));
        var id = (await ReceivedAsync("P-8")).View.Id;
        await Client.ActAsync(id, "will-supply");
        await Client.ActAsync(id, "ship-physically", LendingApi.Shipment());

        AssertOk(await ActAsync("P-8", RequestingAgencyAction.Received));
        Assert.Equal(LendingStatus.ReceivedByPartner, (await Client.GetLendingAsync(id)).Status);
        AssertOk(await ActAsync("P-8", RequestingAgencyAction.Renew));
        Assert.Equal(LendingStatus.RenewRequested, (await Client.GetLendingAsync(id)).Status);
        await Client.ActAsync(id, "renew", new { dueDate = "2099-03-31" });
        AssertOk(await ActAsync("P-8", RequestingAgencyAction.ShippedReturn));
        Assert.Equal(LendingStatus.ReturnedByPartner, (await Client.GetLendingAsync(id)).Status);
    }

    [Fact]
    public async Task An_action_the_status_does_not_allow_is_refused_naming_the_status_and_recorded()
    {
        AssertOk(await PostAsync(RequestFor("P-9")));

        AssertError(await ActAsync("P-9", RequestingAgencyAction.Received), ErrorType.UnsupportedActionType, "Lending Request Created");

        var view = (await ReceivedAsync("P-9")).View;
        Assert.Equal(LendingStatus.LendingRequestCreated, view.Status);
        Assert.Contains(view.IsoMessages, m => m is { ReasonForMessage: "Received", MessageStatus: "ERROR", ErrorType: "UnsupportedActionType" });
    }

    [Fact]
    public async Task A_notification_and_a_status_request_are_answered_OK_and_recorded_without_changing_the_status()
    {
        AssertOk(await PostAsync(RequestFor("P-10")));

        AssertOk(await ActAsync("P-10", RequestingAgencyAction.Notification, "Patron asks about delivery"));
        AssertOk(await ActAsync("P-10", RequestingAgencyAction.StatusRequest));

        var view = (await ReceivedAsync("P-10")).View;
        Assert.Equal(LendingStatus.LendingRequestCreated, view.Status);
        Assert.Contains(view.IsoMessages, m => m is { ReasonForMessage: "Notification", Note: "Patron asks about delivery" });
        Assert.Contains(view.IsoMessages, m => m is { ReasonForMessage: "StatusRequest", MessageStatus: "OK" });
        Assert.Contains(view.Notes, n => n.Text.Contains("Patron asks about delivery") && n.Author == $"partner:{Partner}");
    }

    [Fact]
    public async Task A_message_about_an_unknown_request_is_refused()
    {
        AssertError(await ActAsync("P-nothing", RequestingAgencyAction.Cancel), ErrorType.UnrecognisedDataValue, "P-nothing");
    }

    [Fact]
    public async Task A_supplying_agency_message_is_refused_since_we_only_lend()
    {
        var confirmation = await PostAsync(Iso18626Samples.SmallestSupplyingAgencyMessage());

        AssertError(Assert.IsType<SupplyingAgencyMessageConfirmation>(confirmation), ErrorType.UnsupportedReasonForMessageType, "supplying agency only");
    }

    [Fact]
    public async Task A_tolerant_message_with_empty_optional_dates_and_elements_out_of_order_is_accepted()
    {
        var xml = $"""
            <request xmlns="http://illtransactions.org/2013/iso18626">
              <serviceInfo><needBeforeDate/><serviceType>loan</serviceType><note></note></serviceInfo>
              <bibliographicInfo><title>Principles of computer science</title><supplierUniqueRecordId/></bibliographicInfo>
              <header>
                <timestamp>2026-12-01T10:00:00+0000</timestamp>
                <requestingAgencyRequestId>P-11</requestingAgencyRequestId>
                <requestingAgencyId><agencyIdValue>XX-{Partner}</agencyIdValue><agencyIdType>ISIL</agencyIdType></requestingAgencyId>
                <supplyingAgencyId><agencyIdType></agencyIdType><agencyIdValue></agencyIdValue></supplyingAgencyId>
              </header>
            </request>
            """;

        AssertOk(await PostAsync(xml, "text/xml"));

        var view = (await ReceivedAsync("P-11")).View;
        Assert.Equal((LendingStatus.LendingRequestCreated, (DateOnly?)null), (view.Status, view.NeededBy));
    }

    [Theory]
    [InlineData("entity")]
    [InlineData("10 MB")]
    [InlineData("wrong namespace")]
    public async Task Hostile_XML_is_refused_as_badly_formed_and_creates_nothing(string what)
    {
        var request = Iso18626Writer.Write(RequestFor("P-12"));
        var xml = what switch
        {
            "entity" => request.Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<!DOCTYPE ISO18626Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .Replace("P-12", "&x;"),
            "10 MB" => request.Replace("For a thesis", new string('a', 10_000_000)),
            _ => request.Replace("http://illtransactions.org/2013/iso18626", "http://illtransactions.org/2013/iso18626/v2"),
        };

        AssertError(await PostAsync(xml), ErrorType.BadlyFormedMessage, "");

        Assert.Empty(await RequestsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_XML_is_refused_with_415()
    {
        var response = await Host.NewClient().PostAsync("/api/iso18626", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
