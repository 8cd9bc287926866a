using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Library.Tests.Lending;

/// <summary>
/// What the staff's lending task list needs of <c>GET /api/lending-requests</c> besides the facets: pages with the count
/// of all matches, the active and completed lists, a search over requester and barcodes, and each row's actions.
/// </summary>
public sealed class LendingTaskListTests() : HostTest(new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero)))
{
    [Fact]
    public async Task The_list_pages_oldest_first_and_counts_every_match()
    {
        var ids = new List<Guid>();
        for (var i = 1; i <= 5; i++) ids.Add(await Create($"ILL-PAGE-{i}"));

        var second = await Page("pageSize=2&page=2");
        Assert.Equal((5, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(ids[2..4], second.Items.Select(r => r.Id));
        Assert.Equal([ids[4]], (await Page("pageSize=2&page=3")).Items.Select(r => r.Id));
        Assert.Empty((await Page("pageSize=2&page=4")).Items);
        var first = await Page("");
        Assert.Equal((5, 1, 50), (first.Total, first.Page, first.PageSize));
        Assert.Equal(ids, first.Items.Select(r => r.Id));

        await (await Client.GetAsync("/api/lending-requests?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest, "pageSize", "200");
        await (await Client.GetAsync("/api/lending-requests?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await Client.GetAsync("/api/lending-requests?page=0")).ProblemAsync(HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task The_completed_list_holds_the_requests_completed_and_those_closed_without_supply()
    {
        var open = await Create("ILL-OPEN");
        var rejected = await Create("ILL-REJECTED");
        var onLoan = await Create("ILL-ON-LOAN");
        var returned = await Create("ILL-RETURNED");
        await Client.ActAsync(rejected, "reject", new { reason = "Not available for loan" });
        await Client.ActAsync(onLoan, "ship-physically", LendingApi.Shipment("2099-01-31"));
        await Client.ActAsync(returned, "ship-physically", LendingApi.Shipment("2099-01-31"));
        await Client.ActAsync(returned, "check-in");

        Assert.Equal([open, onLoan], await Ids("queue=active"));
        Assert.Equal([rejected, returned], await Ids("queue=completed"));
        Assert.Equal([open, rejected, onLoan, returned], await Ids(""));
        await (await Client.GetAsync("/api/lending-requests?queue=open")).ProblemAsync(HttpStatusCode.BadRequest, "queue", "active", "completed");
    }

    [Fact]
    public async Task A_rejection_the_institution_keeps_active_stays_in_the_active_list()
    {
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Lending:RsKeepRejectedRequestActive"] = "Lending" });
        var created = await host.Client.CreateLendingAsync();
        await host.Client.ActAsync(created.Id, "reject", new { reason = "Not available for loan" });

        async Task<IEnumerable<Guid>> Listed(string queue) =>
            (await (await host.Client.GetAsync($"/api/lending-requests?queue={queue}")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK)).Items.Select(r => r.Id);
        Assert.Equal([created.Id], await Listed("active"));
        Assert.Empty(await Listed("completed"));
    }

    [Fact]
    public async Task The_text_search_finds_the_requester_the_requested_barcode_and_the_barcodes_shipped()
    {
        var mine = await Create("ILL-ANNA", requesterEmail: "Anna.Lind@partner.example");
        var other = await Create("ILL-OTHER", barcode: "39001000456");
        await Client.ActAsync(other, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000456", "SUPPL-0007"));

        Assert.Equal([mine], await Ids("q=anna.lind@"));
        Assert.Equal([other], await Ids("q=39001000456"));
        Assert.Equal([other], await Ids("q=suppl-0007"));
        Assert.Equal([mine], await Ids($"q={LendingApi.KnownBarcode}"));
        Assert.Empty(await Ids("q=nobody@"));
    }

    [Fact]
    public async Task A_row_offers_the_actions_the_request_page_offers_and_names_the_library_and_alerts()
    {
        var created = await Create("ILL-ROW");
        var shipped = await Create("ILL-ROW-SHIPPED");
        await Client.ActAsync(shipped, "ship-physically", LendingApi.Shipment("2099-01-31"));
        await Client.ActAsync(shipped, "assign", new { });

        var rows = (await Page("")).Items;
        foreach (var row in rows)
        {
            var view = await Client.GetLendingAsync(row.Id);
            Assert.Equal(view.AllowedActions, row.AllowedActions);
            Assert.Equal(("LAW", view.Assignee, view.RequesterEmail), (row.Library, row.Assignee, row.RequesterEmail));
        }
        Assert.Contains("ship-physically", rows.Single(r => r.Id == created).AllowedActions.Select(a => a.Name));
        Assert.DoesNotContain("release", rows.Single(r => r.Id == created).AllowedActions.Select(a => a.Name));
        Assert.Contains("check-in", rows.Single(r => r.Id == shipped).AllowedActions.Select(a => a.Name));
        Assert.Contains("release", rows.Single(r => r.Id == shipped).AllowedActions.Select(a => a.Name));
        Assert.DoesNotContain("ship-physically", rows.Single(r => r.Id == shipped).AllowedActions.Select(a => a.Name));
        Assert.All(rows, r => Assert.Empty(r.Alerts));
    }

    [Fact]
    public async Task A_requests_letters_are_listed_as_the_outbox_has_them()
    {
        var id = await Create("ILL-LETTERS");
        await Client.ActAsync(id, "reject", new { reason = "Not available for loan" });

        var letters = await (await Client.GetAsync($"/api/lending-requests/{id}/letters")).ReadAsync<List<OutboxLetterView>>(HttpStatusCode.OK);
        var letter = Assert.Single(letters);
        Assert.Equal(["ill@partner.example"], letter.To);
        Assert.Contains("Cannot supply", letter.Subject);
        Assert.Equal("lending", letter.Definition);
        await (await Client.GetAsync($"/api/lending-requests/{Guid.NewGuid()}/letters")).ProblemAsync(HttpStatusCode.NotFound, "No lending request");
    }

    private async Task<Guid> Create(string externalId, string barcode = LendingApi.KnownBarcode, string? requesterEmail = "patron@partner.example")
    {
        // A minute apart, so "oldest first" is the order they were made in.
        Clock.Advance(TimeSpan.FromMinutes(1));
        JsonObject body = LendingApi.NewLendingRequest(barcode: barcode, requesterEmail: requesterEmail);
        body["externalId"] = externalId;
        return (await Client.CreateLendingAsync(body)).Id;
    }

    private async Task<LendingRequestPage> Page(string query) =>
        await (await Client.GetAsync($"/api/lending-requests?{query}")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK);

    private async Task<List<Guid>> Ids(string query) => (await Page(query)).Items.Select(r => r.Id).ToList();
}
