using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.ResourceSharing;

/// <summary>Partners and lending workflow profiles as configuration, and the lending requests that name a partner by code.</summary>
public sealed class PartnerTests : HostTest
{
    private static JsonObject IsoPartner(string code = "UCL01") => new()
    {
        ["code"] = code, ["name"] = "University College ILL", ["profileType"] = "ISO", ["email"] = null, ["isoSymbol"] = "ISIL:GB-UCL01",
        ["isoEndpoint"] = "https://ill.ucl.example/iso18626", ["sharedSecret"] = "s3cret-shared-with-ucl", ["workflowProfile"] = "DEFAULT",
        ["language"] = "en", ["active"] = true,
    };

    [Fact]
    public async Task The_first_run_registers_the_default_profile_and_the_sample_partners()
    {
        var profile = await Client.GetFromJsonAsync<LendingWorkflowProfileView>("/api/lending-workflow-profiles/DEFAULT", LibraryHost.Json);
        Assert.Equal(new LendingWorkflowProfileView("DEFAULT", "Default lending profile", false, true, true, true, true), profile);
        var partners = await Client.GetFromJsonAsync<List<PartnerView>>("/api/partners", LibraryHost.Json);
        Assert.Equal([("BRL01", PartnerProfileType.Email, "en"), ("NLC01", PartnerProfileType.ISO, "zh")],
            partners!.Select(p => (p.Code, p.ProfileType, p.Language)));
    }

    [Fact]
    public async Task A_partners_shared_secret_is_kept_but_never_shown()
    {
        var created = await Client.PostAsJsonAsync("/api/partners", IsoPartner());
        var text = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain("s3cret", text);
        Assert.True((await Client.GetFromJsonAsync<PartnerView>("/api/partners/UCL01", LibraryHost.Json))!.HasSharedSecret);
        Assert.DoesNotContain("s3cret", await Client.GetStringAsync("/api/partners"));

        var renamed = IsoPartner();
        renamed.Remove("code");
        renamed["name"] = "UCL Library Services";
        renamed["sharedSecret"] = null;
        var kept = await (await Client.PutAsJsonAsync("/api/partners/UCL01", renamed)).ReadAsync<PartnerView>(HttpStatusCode.OK);
        Assert.Equal(("UCL Library Services", true), (kept.Name, kept.HasSharedSecret));
        Assert.Equal("s3cret-shared-with-ucl", await Host.QueryAsync(db => Task.FromResult(db.Partners.Single(p => p.Code == "UCL01").SharedSecret)));

        renamed["sharedSecret"] = "";
        Assert.False((await (await Client.PutAsJsonAsync("/api/partners/UCL01", renamed)).ReadAsync<PartnerView>(HttpStatusCode.OK)).HasSharedSecret);
    }

    public static TheoryData<string, JsonNode?, string> BadPartners => new()
    {
        { "workflowProfile", "NO-SUCH-PROFILE", "NO-SUCH-PROFILE" },
        { "email", "not-an-address", "email" },
        { "isoSymbol", null, "isoSymbol" },
        { "isoSymbol", "GB-UCL01", "ISIL:" },
        { "isoEndpoint", "ftp://ill.ucl.example", "isoEndpoint" },
        { "language", "de", "en, fr, zh" },
        { "profileType", "Fax", "profileType" },
        { "code", "UCL 01", "code" },
        { "name", "", "name" },
        { "address", new string('a', 1001), "address" },
    };

    [Fact]
    public async Task A_partners_postal_address_is_kept_line_by_line_and_an_empty_one_is_none()
    {
        var body = IsoPartner();
        body["address"] = "UCL Library Services\r\nGower Street\r\nLondon WC1E 6BT\r\n";
        var created = await (await Client.PostAsJsonAsync("/api/partners", body)).ReadAsync<PartnerView>(HttpStatusCode.Created);
        Assert.Equal("UCL Library Services\nGower Street\nLondon WC1E 6BT", created.Address);
        Assert.Equal(created.Address, (await Client.GetFromJsonAsync<PartnerView>("/api/partners/UCL01", LibraryHost.Json))!.Address);

        body.Remove("code");
        body["address"] = "";
        Assert.Null((await (await Client.PutAsJsonAsync("/api/partners/UCL01", body)).ReadAsync<PartnerView>(HttpStatusCode.OK)).Address);
    }

    [Theory]
    [MemberData(nameof(BadPartners))]
    public async Task A_bad_partner_is_400_naming_the_field(string field, JsonNode? value, string mention)
    {
        var body = IsoPartner();
        body[field] = value;
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/partners", body), HttpStatusCode.BadRequest, mention);
    }

    [Fact]
    public async Task An_Email_partner_needs_an_email_address()
    {
        var body = IsoPartner();
        body["profileType"] = "Email";
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/partners", body), HttpStatusCode.BadRequest, "email", "Email partner");
    }

    [Fact]
    public async Task A_request_keeps_the_partner_and_profile_it_came_in_with()
    {
        var code = await Client.RegisterPartnerAsync("KEEP01");
        var before = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: code));
        var profile = new { name = "Will Supply removed", awaitDigitalReceipt = false, willSupplyStep = false, manualRenewStep = true, reactivateStep = true, isoCheckInMessage = true };
        await (await Client.PutAsJsonAsync($"/api/lending-workflow-profiles/{code}", profile)).ReadAsync<LendingWorkflowProfileView>(HttpStatusCode.OK);
        var partner = new { name = "Renamed partner", profileType = "Email", email = "new-desk@partner.example", workflowProfile = code };
        await (await Client.PutAsJsonAsync($"/api/partners/{code}", partner)).ReadAsync<PartnerView>(HttpStatusCode.OK);
        var after = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: code));

        var old = await Client.GetLendingAsync(before.Id);
        Assert.Equal(("Partner KEEP01", "ill@partner.example", true), (old.Partner.Name, old.Partner.Email, old.Partner.Profile.WillSupplyStep));
        Assert.Contains("will-supply", old.AllowedActions.Select(a => a.Name));
        Assert.Equal(("Renamed partner", "new-desk@partner.example", false), (after.Partner.Name, after.Partner.Email, after.Partner.Profile.WillSupplyStep));
        Assert.DoesNotContain("will-supply", after.AllowedActions.Select(a => a.Name));
        Assert.Equal(LendingStatus.WillSupply, (await Client.ActAsync(before.Id, "will-supply")).Status);
        await RefusedWithoutChange(() => Client.LendingActionAsync(after.Id, "will-supply"), HttpStatusCode.Conflict, "Will Supply step");
    }

    [Fact]
    public async Task An_inactive_partner_takes_no_new_request()
    {
        var partner = new { name = "Bibliothèque Royale", profileType = "Email", email = "ill@partner.example", workflowProfile = "DEFAULT", language = "fr", active = false };
        await (await Client.PutAsJsonAsync($"/api/partners/{LendingApi.EmailPartner}", partner)).ReadAsync<PartnerView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/lending-requests", LendingApi.NewLendingRequest()),
            HttpStatusCode.BadRequest, "partnerCode", LendingApi.EmailPartner, "inactive");
    }

    [Fact]
    public async Task A_profile_partners_use_cannot_be_deleted_and_names_them()
    {
        await RefusedWithoutChange(() => Client.DeleteAsync("/api/lending-workflow-profiles/DEFAULT"), HttpStatusCode.Conflict, "BRL01", "NLC01");
        var unused = new { code = "SPARE", name = "Spare", awaitDigitalReceipt = true, willSupplyStep = true, manualRenewStep = false, reactivateStep = false, isoCheckInMessage = false };
        await (await Client.PostAsJsonAsync("/api/lending-workflow-profiles", unused)).ReadAsync<LendingWorkflowProfileView>(HttpStatusCode.Created);
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/lending-workflow-profiles", unused), HttpStatusCode.Conflict, "SPARE");
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/lending-workflow-profiles/SPARE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/lending-workflow-profiles/SPARE")).StatusCode);
    }

    [Fact]
    public async Task A_profile_needs_every_step_said()
    {
        var body = new { code = "HALF", name = "Half said", awaitDigitalReceipt = true };
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/lending-workflow-profiles", body), HttpStatusCode.BadRequest, "willSupplyStep", "isoCheckInMessage");
    }

    [Fact]
    public async Task A_partner_with_lending_requests_is_deactivated_rather_than_deleted()
    {
        await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Client.DeleteAsync($"/api/partners/{LendingApi.EmailPartner}"), HttpStatusCode.Conflict, "1 lending request", "\\\"active\\\": false");
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/partners/{LendingApi.IsoPartner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/partners/{LendingApi.IsoPartner}")).StatusCode);
    }

    [Fact]
    public async Task Staff_read_partners_and_profiles_and_only_administrators_change_them()
    {
        var operatorClient = await Host.StaffAsync("olga", ("Fulfillment Services Operator", []));
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/lending-workflow-profiles/DEFAULT")).StatusCode);
        await RefusedWithoutChange(() => operatorClient.PostAsJsonAsync("/api/partners", IsoPartner()), HttpStatusCode.Forbidden);
        await RefusedWithoutChange(() => operatorClient.DeleteAsync("/api/partners/NLC01"), HttpStatusCode.Forbidden);
        await RefusedWithoutChange(() => operatorClient.DeleteAsync("/api/lending-workflow-profiles/DEFAULT"), HttpStatusCode.Forbidden);
    }
}
