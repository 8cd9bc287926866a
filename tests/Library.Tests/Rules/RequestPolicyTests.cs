using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Rules;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Library.Tests.Infrastructure.SetupApi;

namespace Library.Tests.Rules;

/// <summary>
/// Whether a request may be placed, decided by <see cref="RequestPolicy"/> on the host's own database after the
/// setup was changed over HTTP. Requests that count against a limit are created and cancelled through the API.
/// </summary>
public sealed class RequestPolicyTests : HostTest
{
    private const string Patron = "p-1001";

    private static readonly RequestFacts Undergraduate =
        new("Undergraduate", "MAIN", "GEN", "Book", DigitizationScope.Partial, RequesterType.Patron);

    private Task<PolicyDecision> DecideAsync(RequestFacts? facts = null, string requester = Patron, string department = Api.Department) =>
        Host.QueryAsync(db => new RequestPolicy(db).DecideAsync(facts ?? Undergraduate, requester, department, CancellationToken.None));

    private async Task<PolicyDecision.Refused> RefusedAsync(PolicyRefusal kind, string field, RequestFacts? facts = null, string requester = Patron, string department = Api.Department)
    {
        var refused = Assert.IsType<PolicyDecision.Refused>(await DecideAsync(facts, requester, department));
        Assert.Equal(kind, refused.Kind);
        Assert.Equal(field, refused.Field);
        return refused;
    }

    private async Task<DigitizationRequestView> CreateRequestAsync(string requester = Patron, string barcode = Api.Barcode)
    {
        var body = Api.NewRequest(barcode);
        body["requester"]!["id"] = requester;
        return await Client.CreateAsync(body);
    }

    [Fact]
    public async Task The_seeded_setup_allows_an_undergraduate_and_routes_by_the_default_rule()
    {
        var allowed = Assert.IsType<PolicyDecision.Allowed>(await DecideAsync());
        Assert.True(allowed.Rule.IsDefault);
        Assert.Equal(DigitizationTarget.DocumentDeliveryAttachment, allowed.Rule.Outputs.Target);
        Assert.Equal("DIGI_DEPT_INST", allowed.Department.Code);
        Assert.Equal(14, allowed.Department.WorkTimeDays);
    }

    [Fact]
    public async Task The_first_matching_enabled_rule_routes_the_request()
    {
        await Client.AddRuleAsync(Rule("Disabled for everyone", order: 1, outputs: Outputs("DigitalInventory"), enabled: false));
        var partialLinks = await Client.AddRuleAsync(Rule("Chapters by link", order: 2, outputs: Outputs("DocumentDeliveryLink", maxAccessCount: 3),
            conditions: [Condition("scope", "equals", "partial"), Condition("userGroup", "in", "Undergraduate", "Graduate")]));

        var allowed = Assert.IsType<PolicyDecision.Allowed>(await DecideAsync());
        Assert.Equal(partialLinks.Id, allowed.Rule.Id);
        Assert.Equal(3, allowed.Rule.Outputs.MaxAccessCount);
        Assert.True(Assert.IsType<PolicyDecision.Allowed>(await DecideAsync(Undergraduate with { Scope = DigitizationScope.Full })).Rule.IsDefault);
    }

    [Fact]
    public async Task A_group_whose_limit_is_zero_may_not_request()
    {
        await Client.SetPatronLimitAsync("undergraduate", 0);
        var refused = await RefusedAsync(PolicyRefusal.GroupMayNotRequest, "requester.userGroup");
        Assert.Contains("Undergraduate", refused.Reason);
        Assert.Contains("0", refused.Reason);
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync(Undergraduate with { UserGroup = "Graduate" }));
    }

    [Fact]
    public async Task A_patron_with_as_many_open_requests_as_the_limit_is_refused_until_one_closes()
    {
        await Client.SetPatronLimitAsync("Undergraduate", 2);
        var first = await CreateRequestAsync(barcode: "b-1");
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync());
        await CreateRequestAsync(barcode: "b-2");
        await CreateRequestAsync(requester: "p-2002", barcode: "b-3");

        var refused = await RefusedAsync(PolicyRefusal.PatronLimitReached, "requester.id");
        Assert.Contains(Patron, refused.Reason);
        Assert.Contains("2 open digitization requests", refused.Reason);
        Assert.Contains("Undergraduate", refused.Reason);
        // Another patron of the group has one open request, below the limit.
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync(requester: "p-2002"));

        (await Client.CancelAsync(first.Id)).EnsureSuccessStatusCode();
        Assert.Equal(DigitizationStatus.Cancelled, (await Client.GetRequestAsync(first.Id)).Status);
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync());
    }

    [Fact]
    public async Task Simultaneous_requests_of_one_patron_stay_within_the_limit_and_a_closed_one_frees_one_place()
    {
        await Client.SetPatronLimitAsync("Undergraduate", 2);
        var open = await RaceAsync(round: 0);
        Assert.Equal(2, open.Count);
        for (var round = 1; round <= 4; round++)
        {
            (await Client.CancelAsync(open[0].Id)).EnsureSuccessStatusCode();
            open.RemoveAt(0);
            var placed = await RaceAsync(round);
            Assert.Single(placed);
            open.AddRange(placed);
        }
    }

    /// <summary>
    /// A patron's first requests, all at once, on a machine as busy as a full run makes it: the limit was once passed
    /// when the check found no count for the patron yet and the placement then counted on one committed meanwhile.
    /// </summary>
    [Fact]
    public async Task Bursts_of_first_requests_of_new_patrons_never_place_more_than_the_limit()
    {
        await Client.SetPatronLimitAsync("Undergraduate", 2);
        for (var round = 0; round < 8; round++)
        {
            var patron = $"p-new-{round}";
            var placed = await RaceAsync(round, patron, width: 24);
            Assert.Equal(2, placed.Count);
            Assert.Equal(2, await OpenCountAsync(patron));
        }
    }

    /// <summary>
    /// Without a limit every placement still counts on the patron's load, so simultaneous ones lose to each other and
    /// are decided again; one that loses more often than it is retried changes nothing and says so.
    /// </summary>
    [Fact]
    public async Task A_burst_larger_than_the_retries_for_a_patron_without_a_limit_is_placed_or_answered_409_and_counted_exactly()
    {
        var responses = await PostAtOnceAsync(round: 0, Patron, width: 32);
        var placed = 0;
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                placed++;
                continue;
            }
            var problem = await response.ReadAsync<JsonObject>(HttpStatusCode.Conflict);
            Assert.Contains($"requester {Patron}", (string?)problem["detail"]);
        }
        Assert.Equal(placed, await OpenCountAsync(Patron));
        Assert.Equal(placed, (await Host.QueryAsync(db => db.PatronLoads.FindAsync(Patron).AsTask()))!.OpenRequests);
    }

    /// <summary>Creates for the patron at once; the ones refused must be refused as the limit refuses.</summary>
    private async Task<List<DigitizationRequestView>> RaceAsync(int round, string requester = Patron, int width = 16)
    {
        var placed = new List<DigitizationRequestView>();
        foreach (var response in await PostAtOnceAsync(round, requester, width))
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                placed.Add(await response.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created));
                continue;
            }
            var problem = await response.ReadAsync<JsonObject>(HttpStatusCode.Forbidden);
            Assert.Equal(nameof(PolicyRefusal.PatronLimitReached), (string?)problem["rule"]);
        }
        return placed;
    }

    private Task<HttpResponseMessage[]> PostAtOnceAsync(int round, string requester, int width) =>
        Task.WhenAll(Enumerable.Range(0, width).Select(i =>
        {
            var body = Api.NewRequest($"b-{round}-{i}");
            body["requester"]!["id"] = requester;
            return Client.PostAsJsonAsync("/api/digitization-requests", body);
        }));

    /// <summary>The patron's requests stored and not closed, counted from the requests themselves.</summary>
    private Task<int> OpenCountAsync(string requester) => Host.QueryAsync(async db =>
        (await db.DigitizationRequests.AsNoTracking().Where(r => r.Requester.Id == requester).Select(r => r.Status).ToListAsync())
        .Count(status => !status.IsClosed()));

    [Fact]
    public async Task A_group_without_a_limit_or_with_null_has_none()
    {
        await CreateRequestAsync(barcode: "b-1");
        await CreateRequestAsync(barcode: "b-2");
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync());
        await Client.SetPatronLimitAsync("Undergraduate", null);
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync());
    }

    [Fact]
    public async Task An_unknown_department_is_refused_naming_the_known_ones()
    {
        var refused = await RefusedAsync(PolicyRefusal.UnknownDepartment, "department", department: "MOON_BASE");
        Assert.Contains("MOON_BASE", refused.Reason);
        Assert.Contains("DIGI_DEPT_INST", refused.Reason);
    }

    [Fact]
    public async Task A_department_that_serves_other_libraries_is_refused()
    {
        (await Client.PutDepartmentAsync("LAW_DIGI", new { name = "Law Digitization", servedLibraries = new[] { "LAW", "GOV" } })).EnsureSuccessStatusCode();
        var refused = await RefusedAsync(PolicyRefusal.DepartmentDoesNotServeLibrary, "department", department: "LAW_DIGI");
        Assert.Contains("Law Digitization", refused.Reason);
        Assert.Contains("MAIN", refused.Reason);
        Assert.Contains("LAW, GOV", refused.Reason);

        var allowed = Assert.IsType<PolicyDecision.Allowed>(await DecideAsync(Undergraduate with { Library = "law" }, department: "LAW_DIGI"));
        Assert.Equal("LAW_DIGI", allowed.Department.Code);
    }

    [Fact]
    public async Task A_group_no_delivery_rule_lists_cannot_receive_a_file_by_mail_or_link()
    {
        var guest = Undergraduate with { UserGroup = "Guest" };
        var refused = await RefusedAsync(PolicyRefusal.NoDocumentDelivery, "requester.userGroup", guest);
        Assert.Contains("Guest", refused.Reason);
        Assert.Contains(DefaultRuleName, refused.Reason);

        // A disabled rule listing the group does not count; an enabled one does.
        var response = await Client.PostAsJsonAsync("/api/document-delivery-rules", new { name = "Guests", enabled = false, userGroups = new[] { "guest" } });
        var rule = await response.ReadAsync<DocumentDeliveryRuleView>(HttpStatusCode.Created);
        await RefusedAsync(PolicyRefusal.NoDocumentDelivery, "requester.userGroup", guest);
        (await Client.PutAsJsonAsync($"/api/document-delivery-rules/{rule.Id}", new { name = "Guests", enabled = true, userGroups = new[] { "guest" } }))
            .EnsureSuccessStatusCode();
        Assert.IsType<PolicyDecision.Allowed>(await DecideAsync(guest));
    }

    [Fact]
    public async Task A_rule_that_adds_the_file_to_the_repository_needs_no_delivery_rule()
    {
        var guests = await Client.AddRuleAsync(Rule("Guests: repository", outputs: Outputs("DigitalInventory"), conditions: Condition("userGroup", "equals", "Guest")));
        var allowed = Assert.IsType<PolicyDecision.Allowed>(await DecideAsync(Undergraduate with { UserGroup = "Guest" }));
        Assert.Equal(guests.Id, allowed.Rule.Id);

        var link = await Client.AddRuleAsync(Rule("Guests: link", order: 1, outputs: Outputs("DocumentDeliveryLink"), conditions: Condition("userGroup", "equals", "Guest")));
        var refused = await RefusedAsync(PolicyRefusal.NoDocumentDelivery, "requester.userGroup", Undergraduate with { UserGroup = "Guest" });
        Assert.Contains(link.Name, refused.Reason);
        Assert.Contains("link", refused.Reason);
    }

    [Fact]
    public async Task The_policy_is_checked_in_order_department_first_then_limits_then_delivery()
    {
        await Client.SetPatronLimitAsync("Guest", 0);
        var guest = Undergraduate with { UserGroup = "Guest" };
        await RefusedAsync(PolicyRefusal.UnknownDepartment, "department", guest, department: "NOWHERE");
        await RefusedAsync(PolicyRefusal.GroupMayNotRequest, "requester.userGroup", guest);
        await Client.SetPatronLimitAsync("Guest", 1);
        await RefusedAsync(PolicyRefusal.NoDocumentDelivery, "requester.userGroup", guest);
    }
}
