using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Rules;

/// <summary>The patron limits table over HTTP: none seeded, set per user group, 0 and null allowed, rows deleted (refusals: <see cref="SetupValidationTests"/>).</summary>
public sealed class PatronLimitTests : HostTest
{
    private async Task<List<PatronLimitView>> LimitsAsync() =>
        await (await Client.GetAsync("/api/patron-limits")).ReadAsync<List<PatronLimitView>>(HttpStatusCode.OK);

    [Fact]
    public async Task None_is_seeded_then_a_limit_is_set_per_group_and_a_group_in_another_case_is_the_same_group()
    {
        Assert.Empty(await LimitsAsync());
        var set = await (await Client.PutAsJsonAsync("/api/patron-limits/Undergraduate", new { maxDigitizationRequests = 2 })).ReadAsync<PatronLimitView>(HttpStatusCode.OK);
        Assert.Equal(new PatronLimitView("Undergraduate", 2), set);
        await Client.SetPatronLimitAsync("Guest", 0);
        await Client.SetPatronLimitAsync("undergraduate", 5);

        Assert.Equal([new PatronLimitView("Guest", 0), new PatronLimitView("Undergraduate", 5)], await LimitsAsync());
    }

    [Fact]
    public async Task Null_lifts_the_limit()
    {
        await Client.SetPatronLimitAsync("Faculty", 3);
        await Client.SetPatronLimitAsync("Faculty", null);
        Assert.Equal([new PatronLimitView("Faculty", null)], await LimitsAsync());
    }

    [Fact]
    public async Task Deleting_a_groups_row_in_any_case_removes_it_and_lets_its_patrons_request_again()
    {
        await Client.SetPatronLimitAsync("Undergraduate", 0);
        await Client.SetPatronLimitAsync("Guest", 1);
        var refused = await Client.PostAsJsonAsync("/api/digitization-requests", Api.NewRequest());
        await refused.ProblemAsync(HttpStatusCode.Forbidden, "Undergraduate");

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/patron-limits/UNDERGRADUATE")).StatusCode);

        Assert.Equal([new PatronLimitView("Guest", 1)], await LimitsAsync());
        await Client.CreateAsync();
    }

    [Fact]
    public async Task Deleting_a_group_without_a_row_is_not_found_and_changes_nothing()
    {
        await Client.SetPatronLimitAsync("Guest", 1);
        var before = await Host.SnapshotAsync();

        await (await Client.DeleteAsync("/api/patron-limits/Faculty")).ProblemAsync(HttpStatusCode.NotFound, "Faculty");

        Assert.Equal([new PatronLimitView("Guest", 1)], await LimitsAsync());
        Assert.Equal(before, await Host.SnapshotAsync());
    }
}
