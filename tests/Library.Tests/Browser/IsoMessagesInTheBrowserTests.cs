using Library.Iso18626;
using Library.Lending;
using Library.Tests.Infrastructure;
using Library.Tests.Lending;
using Microsoft.Playwright;
using Testing;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>A lending request's ISO 18626 messages on its page: each with its delivery and XML, and the alert an ERROR raises.</summary>
public sealed class IsoMessagesInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string PartnerCode = "ISO02";
    private TestHttpPartner _partner = null!;

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Lending:IsoSymbol"] = "ISIL:XX-LIB" };

    public override async Task InitializeAsync()
    {
        _partner = await TestHttpPartner.StartAsync();
        // The partner takes the answer to its request, and cannot make sense of the loan.
        _partner.Answer(post => Iso18626Reader.Read(post.Body).Message is SupplyingAgencyMessage { StatusInfo.Status: SupplyingAgencyStatus.Loaned }
            ? IsoRequestingAgency.Confirm(post, MessageStatus.Error, new ErrorData(ErrorType.UnrecognisedDataValue, "itemId"))
            : IsoRequestingAgency.Confirm(post, MessageStatus.Ok));
        await base.InitializeAsync();
        await Client.RegisterPartnerAsync(PartnerCode, "ISO", isoEndpoint: _partner.Url("/iso18626"));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _partner.DisposeAsync();
    }

    [Fact]
    public async Task The_communications_show_each_message_with_its_delivery_and_XML_and_an_ERROR_raises_an_alert_staff_dismiss()
    {
        var request = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: PartnerCode));
        await Client.ActAsync(request.Id, "will-supply");
        await Client.ActAsync(request.Id, "ship-physically", LendingApi.Shipment("2099-01-31", LendingApi.KnownBarcode));
        await Host.EventuallyAsync(() => Client.GetLendingAsync(request.Id), r => r.IsoMessages.All(m => m.ConfirmedAt is not null));

        await Page.GotoAsync($"/lending/{request.Id}");
        var communications = Page.GetByRole(AriaRole.Region, new() { Name = "Communications" });
        var willSupply = MessageRow(communications, "WillSupply");
        await Expect(willSupply).ToContainTextAsync("RequestResponse");
        await Expect(willSupply).ToContainTextAsync("delivered, OK");
        var loaned = MessageRow(communications, "Loaned");
        await Expect(loaned).ToContainTextAsync("ERROR — UnrecognisedDataValue: itemId");
        await communications.GetByText("Message XML", new() { Exact = true }).Last.ClickAsync();
        await Expect(communications).ToContainTextAsync("<itemId>39001000999</itemId>");
        await communications.GetByText("Confirmation XML", new() { Exact = true }).Last.ClickAsync();
        await Expect(communications).ToContainTextAsync("<errorValue>itemId</errorValue>");
        await ScreenshotAsync("lending-request-iso-messages");

        var alerts = Page.GetByRole(AriaRole.Region, new() { Name = "Alerts" });
        await Expect(alerts).ToContainTextAsync(PartnerMessageError.Message);
        await alerts.GetByRole(AriaRole.Button, new() { Name = $"Dismiss the alert \"{PartnerMessageError.Message}\"" }).ClickAsync();
        await Expect(alerts).ToContainTextAsync("No alerts.");
        Assert.DoesNotContain((await Client.GetLendingAsync(request.Id)).Alerts, a => a.Message == PartnerMessageError.Message);
        Assert.Empty(ConsoleErrors);
    }

    /// <summary>The row of the message reporting <paramref name="status"/>, not the row of XML below it.</summary>
    private ILocator MessageRow(ILocator communications, string status) =>
        communications.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = status, Exact = true }) });
}
