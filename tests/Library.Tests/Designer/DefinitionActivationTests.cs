using System.Net;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Runtime;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Designer;

/// <summary>
/// Publishing stores a draft; an administrator activates a version, which new requests then start on, and the version
/// active before stays one activation away. Requests keep the version they started on.
/// </summary>
public sealed class DefinitionActivationTests : HostTest
{
    private async Task<List<(int, DefinitionState)>> StatesAsync() =>
        (await Client.VersionsAsync()).Select(v => (v.Version, v.State)).ToList();

    [Fact]
    public async Task A_published_draft_is_not_started_until_an_administrator_activates_it()
    {
        var draft = await (await Client.PublishAsync(Renamed())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        Assert.Equal((2, DefinitionState.Draft, false, null), (draft.Version, draft.State, draft.Published, draft.ActivatedAt));
        var before = await Client.CreateAsync();
        Assert.Equal(1, before.Workflow?.Version);
        Assert.Equal([(1, DefinitionState.Active), (2, DefinitionState.Draft)], await StatesAsync());

        var activated = await (await Client.ActivateAsync("digitization", 2)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal((2, DefinitionState.Active, true, "admin"), (activated.Version, activated.State, activated.Published, activated.ActivatedBy));
        Assert.NotNull(activated.ActivatedAt);
        Assert.Equal([(1, DefinitionState.Previous), (2, DefinitionState.Active)], await StatesAsync());
        Assert.Equal(2, (await Client.CreateAsync(Api.NewRequest(barcode: "39001000456"))).Workflow?.Version);
        var scanned = await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((before.Id, DigitizationStatus.Digitization, 1), (scanned.Id, scanned.Status, scanned.Workflow?.Version));
    }

    [Fact]
    public async Task Rolling_back_activates_the_previous_version_and_requests_started_meanwhile_stay_on_theirs()
    {
        await (await Client.PublishAsync(Renamed(), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        var onTwo = await Client.CreateAsync();
        Assert.Equal(2, onTwo.Workflow?.Version);

        var rolledBack = await (await Client.ActivateAsync("digitization", 1)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal((1, DefinitionState.Active), (rolledBack.Version, rolledBack.State));
        Assert.Equal([(1, DefinitionState.Active), (2, DefinitionState.Previous)], await StatesAsync());
        Assert.Equal(1, (await Client.ActiveAsync())["version"]!.GetValue<int>());
        Assert.Equal(1, (await Client.CreateAsync(Api.NewRequest(barcode: "39001000456"))).Workflow?.Version);
        var scanned = await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((onTwo.Id, 2), (scanned.Id, scanned.Workflow?.Version));
    }

    [Fact]
    public async Task Only_the_version_active_before_is_previous_and_older_ones_are_retired()
    {
        await (await Client.PublishAsync(Renamed("second"), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        await (await Client.PublishAsync(Renamed("third"), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        await (await Client.PublishAsync(Renamed("fourth"))).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        Assert.Equal([(1, DefinitionState.Retired), (2, DefinitionState.Previous), (3, DefinitionState.Active), (4, DefinitionState.Draft)],
            await StatesAsync());
    }

    [Fact]
    public async Task Activating_the_active_version_again_changes_nothing()
    {
        var before = (await Client.VersionsAsync()).Single();

        var again = await (await Client.ActivateAsync("digitization", 1)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal(before, again);
    }

    [Theory]
    [InlineData("digitization", 9, "version 9")]
    [InlineData("no-such-definition", 1, "no-such-definition")]
    public async Task Activating_an_unknown_version_is_404(string id, int version, string mention) =>
        await RefusedWithoutChange(() => Client.ActivateAsync(id, version), HttpStatusCode.NotFound, mention);

    [Fact]
    public async Task Only_a_general_system_administrator_publishes_or_activates()
    {
        var manager = await Host.StaffAsync("manager", ("Fulfillment Services Manager", []));
        await RefusedWithoutChange(() => manager.PublishAsync(Renamed()), HttpStatusCode.Forbidden, "General System Administrator");
        await RefusedWithoutChange(() => manager.PublishAsync(Renamed(), activate: true), HttpStatusCode.Forbidden, "General System Administrator");
        await (await Client.PublishAsync(Renamed())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        await RefusedWithoutChange(() => manager.ActivateAsync("digitization", 2), HttpStatusCode.Forbidden, "General System Administrator");

        Assert.Equal([(1, DefinitionState.Active), (2, DefinitionState.Draft)], await StatesAsync());
    }

    [Fact]
    public async Task Publishing_content_equal_to_the_newest_draft_with_activate_activates_that_draft()
    {
        var draft = await (await Client.PublishAsync(Renamed())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        var activated = await (await Client.PublishAsync(Renamed(), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        Assert.Equal((draft.Version, DefinitionState.Active), (activated.Version, activated.State));
        Assert.Equal([(1, DefinitionState.Previous), (2, DefinitionState.Active)], await StatesAsync());
    }
}
