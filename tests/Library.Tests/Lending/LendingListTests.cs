using System.Net;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Library.Tests.Lending;

/// <summary>The lending requests list and its facets, on a clock the test moves.</summary>
public sealed class LendingListTests() : HostTest(new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero)))
{

    [Fact]
    public async Task The_list_filters_by_the_seeds_facets()
    {
        var client = Host.Client;
        var old = await Create("ILL-OLD");
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var lastWeek = await Create("ILL-WEEK");
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 0, 0, TimeSpan.Zero));
        var digital = LendingApi.NewLendingRequest("Digital");
        digital["partnerCode"] = await client.RegisterPartnerAsync("XYZ");
        var yesterday = await Create("ILL-YESTERDAY", digital);
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var today = await Create("ILL-TODAY");
        var anna = await Host.StaffAsync("anna", ("Fulfillment Services Operator", []));
        await anna.ActAsync(today, "assign", new { @operator = "anna" });
        await client.ActAsync(old, "reject", new { reason = "Not available for loan" });

        Assert.Equal([today], await Ids("created=today"));
        Assert.Equal([yesterday], await Ids("created=yesterday"));
        Assert.Empty(await Ids("created=2-3-days"));
        Assert.Equal([lastWeek], await Ids("created=4-7-days"));
        Assert.Empty(await Ids("created=8-30-days"));
        Assert.Equal([old], await Ids("created=older"));
        Assert.Equal([old], await Ids("status=Rejected"));
        Assert.Equal([yesterday], await Ids("partner=XYZ"));
        Assert.Equal([yesterday], await Ids("requestedFormat=Digital"));
        Assert.Equal([today], await Ids("assignee=anna"));
        Assert.Equal([old, lastWeek, yesterday], await Ids("assignee=unassigned"));
        Assert.Equal([lastWeek], await Ids("q=ill-week"));
        Assert.Equal([old, lastWeek, yesterday, today], await Ids("q=PRINCIPLES"));
        Assert.Empty(await Ids("q=Stendhal"));

        await (await client.GetAsync("/api/lending-requests?created=last-year")).ProblemAsync(HttpStatusCode.BadRequest, "created", "today");
        await (await client.GetAsync("/api/lending-requests?status=Shipped")).ProblemAsync(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task The_text_search_ignores_case_beyond_ascii_alike_on_either_engine()
    {
        var body = LendingApi.NewLendingRequest();
        body["item"]!["title"] = "Études sur l'Œuvre de Stendhal";
        var french = await Create("ILL-ÉTÉ", body);
        await Create("ILL-OTHER");

        Assert.Equal([french], await Ids("q=études"));
        Assert.Equal([french], await Ids("q=ÉTUDES SUR"));
        Assert.Equal([french], await Ids("q=œuvre"));
        Assert.Equal([french], await Ids("q=ill-été"));
        Assert.Empty(await Ids("q=etudes"));
    }

    [Fact]
    public async Task The_due_facet_finds_overdue_and_soon_due_loans_and_the_updated_facet_the_last_change()
    {
        var client = Host.Client;
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        async Task<Guid> Shipped(string externalId, string dueDate)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            var id = await Create(externalId);
            await client.ActAsync(id, "ship-physically", LendingApi.Shipment(dueDate));
            return id;
        }
        var overdue = await Shipped("ILL-OVERDUE", "2026-11-22");
        var dueToday = await Shipped("ILL-TODAY", "2026-11-25");
        var dueTomorrow = await Shipped("ILL-TOMORROW", "2026-11-26");
        var dueNextWeek = await Shipped("ILL-NEXT-WEEK", "2026-12-02");
        var dueLater = await Shipped("ILL-LATER", "2027-01-31");
        var notShipped = await Create("ILL-NOT-SHIPPED");
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await client.ActAsync(notShipped, "notes", new { internalNote = "asked the partner for the edition" });
        // The clock passed the first loan's due date, so its deadline made it Overdue today.
        await Host.EventuallyAsync(() => client.GetLendingAsync(overdue), r => r.Status == LendingStatus.Overdue);

        Assert.Equal([overdue], await Ids("due=overdue"));
        Assert.Equal([overdue], await Ids("due=2-3-days"));
        Assert.Empty(await Ids("due=yesterday"));
        Assert.Empty(await Ids("due=older"));
        Assert.Equal([dueToday], await Ids("due=today"));
        Assert.Equal([dueTomorrow], await Ids("due=Tomorrow"));
        Assert.Equal([dueNextWeek], await Ids("due=next-2-7-days"));
        Assert.Empty(await Ids("due=next-8-30-days"));
        Assert.Equal([dueLater], await Ids("due=later"));
        Assert.Equal([dueToday], await Ids("due=today&partner=BRL01&status=Shipped%20Physically"));

        Assert.Equal([overdue, notShipped], await Ids("updated=today"));
        Assert.Equal([dueToday, dueTomorrow, dueNextWeek, dueLater], await Ids("updated=8-30-days"));
        Assert.Empty(await Ids("created=today"));

        await (await client.GetAsync("/api/lending-requests?due=next-week")).ProblemAsync(HttpStatusCode.BadRequest, "due", "overdue", "next-2-7-days");
        await (await client.GetAsync("/api/lending-requests?updated=tomorrow")).ProblemAsync(HttpStatusCode.BadRequest, "updated", "8-30-days");
    }

    private async Task<Guid> Create(string externalId, System.Text.Json.Nodes.JsonObject? body = null)
    {
        body ??= LendingApi.NewLendingRequest();
        body["externalId"] = externalId;
        return (await Host.Client.CreateLendingAsync(body)).Id;
    }

    private async Task<List<Guid>> Ids(string filter) =>
        (await (await Host.Client.GetAsync($"/api/lending-requests?{filter}")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK)).Items
        .Select(r => r.Id).ToList();
}
