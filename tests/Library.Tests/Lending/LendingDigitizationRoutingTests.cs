using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Lending;
using Library.Rules;
using Library.Tests.Infrastructure;
using MimeKit;

namespace Library.Tests.Lending;

/// <summary>
/// A lending request's digitization is routed by the library's rules with the partner in the institution's partner user
/// group (<c>Lending:PartnerUserGroup</c>), and a digitization delivered by link ships the link to the partner.
/// </summary>
public sealed partial class LendingDigitizationRoutingTests
{
    private const string PartnerGroup = "Resource Sharing";

    [Fact]
    public async Task A_rule_for_the_partner_user_group_routes_the_digitization_and_its_limited_link_is_shipped()
    {
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Lending:PartnerUserGroup"] = PartnerGroup });
        var client = host.Client;
        await client.AddRuleAsync("DocumentDeliveryLink", maxAccessCount: 2, userGroup: PartnerGroup, name: "Resource sharing: link");
        var created = await client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));

        // The group is the requester's for every rule: without a delivery rule listing it, the library's policy refuses.
        await (await client.LendingActionAsync(created.Id, "digitization-request", new { department = Api.Department }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync("/api/document-delivery-rules", new { name = "Partners", description = "", userGroups = new[] { PartnerGroup } }))
            .ReadAsync<DocumentDeliveryRuleView>(HttpStatusCode.Created);

        var requestId = Assert.Single((await client.ActAsync(created.Id, "digitization-request", new { department = Api.Department })).Alerts).LinkedRequestId!.Value;
        var request = await client.GetRequestAsync(requestId);
        Assert.Equal((PartnerGroup, "staff"), (request.Requester.UserGroup, request.Requester.Type));
        Assert.Equal(("Resource sharing: link", DigitizationTarget.DocumentDeliveryLink, (int?)2), (request.Rule.Name, request.Rule.Target, request.Rule.MaxAccessCount));

        await (await client.ScanAtDepartmentAsync(LendingApi.KnownBarcode)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await client.NextStepAsync(requestId)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var file = Api.FileOf(20 * 1024, seed: 7);
        await (await client.AttachAsync(requestId, file, "article.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await client.DoneAsync(requestId)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var shipped = await client.GetLendingAsync(created.Id);
        Assert.Equal(LendingStatus.RequestCompleted, shipped.Status);
        var shipment = shipped.DigitalShipment!;
        Assert.Empty(shipment.Files);
        Assert.Matches(DeliveryLink(), shipment.Url);
        Assert.Equal(2, shipment.MaxAccessCount);
        Assert.NotNull(shipment.AvailableUntil);

        var letter = await host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Shipped digitally:") == true);
        Assert.Empty(letter.Attachments.OfType<MimePart>());
        Assert.Contains($"Download it here: {shipment.Url}", letter.TextBody);
        Assert.Contains("The link can be used 2 time(s).", letter.TextBody);
        var path = new Uri(shipment.Url!).PathAndQuery;
        Assert.Equal(file, await client.GetByteArrayAsync(path));
        Assert.Equal(file, await client.GetByteArrayAsync(path));
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Without_the_setting_the_partner_is_in_group_Staff_and_a_rule_for_another_group_does_not_apply()
    {
        await using var host = LibraryHost.Start();
        await host.Client.AddRuleAsync("DocumentDeliveryLink", maxAccessCount: 2, userGroup: PartnerGroup, name: "Resource sharing: link");
        var created = await host.Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        var requestId = Assert.Single((await host.Client.ActAsync(created.Id, "digitization-request", new { department = Api.Department })).Alerts).LinkedRequestId!.Value;

        var request = await host.Client.GetRequestAsync(requestId);
        Assert.Equal(("Staff", "Default Digitization Rule", DigitizationTarget.DocumentDeliveryAttachment),
            (request.Requester.UserGroup, request.Rule.Name, request.Rule.Target));
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:5080/delivery/[A-Za-z0-9_-]+$")]
    private static partial Regex DeliveryLink();
}
