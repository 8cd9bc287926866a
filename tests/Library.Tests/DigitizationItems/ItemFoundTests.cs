using System.Net;
using System.Net.Http.Json;
using Library.Catalogue;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// "Item found": an item a digitization request's Mark missing flagged is found again, the flag is cleared and the
/// item's history keeps both lines; the catalogue lists its missing items.
/// </summary>
public sealed class ItemFoundTests : HostTest
{
    private static Task<HttpResponseMessage> FoundAsync(HttpClient client, string barcode = Api.Barcode, string? note = "Back on the shelf") =>
        client.PostAsJsonAsync($"/api/items/{barcode}/found", new { note });

    private async Task<Guid> MarkMissingAsync()
    {
        var request = await Client.CreateAsync();
        await (await Client.PostAsJsonAsync($"/api/requests/{request.Id}/mark-missing", new { note = "Not on the shelf" }))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        return request.Id;
    }

    private async Task<List<ItemHistoryView>> HistoryAsync(string barcode = Api.Barcode) =>
        await (await Client.GetAsync($"/api/items/{barcode}/history")).ReadAsync<List<ItemHistoryView>>(HttpStatusCode.OK);

    private async Task<List<string>> MissingBarcodesAsync() =>
        (await (await Client.GetAsync("/api/items?missing=true")).ReadAsync<CatalogueItemPageView>(HttpStatusCode.OK)).Items.Select(i => i.Barcode).ToList();

    [Fact]
    public async Task A_found_item_is_no_longer_missing_and_its_history_says_who_lost_and_found_it()
    {
        var desk = await Host.StaffAsync("desk", ("Circulation Desk Operator", ["MAIN"]));
        var requestId = await MarkMissingAsync();
        Assert.Equal([Api.Barcode], await MissingBarcodesAsync());

        var found = await (await FoundAsync(desk)).ReadAsync<CatalogueItemView>(HttpStatusCode.OK);

        Assert.Null(found.MissingSince);
        Assert.Empty(await MissingBarcodesAsync());
        var notMissing = await (await Client.GetAsync("/api/items?missing=false")).ReadAsync<CatalogueItemPageView>(HttpStatusCode.OK);
        Assert.Contains(notMissing.Items, i => i.Barcode == Api.Barcode);
        var history = await HistoryAsync();
        Assert.Equal([(ItemEvent.MarkedMissing, "admin", "Not on the shelf", (Guid?)requestId), (ItemEvent.Found, "desk", "Back on the shelf", null)],
            history.Select(h => (h.Event, h.Actor, h.Note, h.RequestId)));
    }

    [Fact]
    public async Task Found_takes_no_body_and_an_item_can_be_lost_and_found_twice()
    {
        await MarkMissingAsync();
        await (await Client.PostAsync($"/api/items/{Api.Barcode}/found", null)).ReadAsync<CatalogueItemView>(HttpStatusCode.OK);
        await MarkMissingAsync();
        Assert.Equal([Api.Barcode], await MissingBarcodesAsync());
        await (await FoundAsync(Client, note: null)).ReadAsync<CatalogueItemView>(HttpStatusCode.OK);

        Assert.Equal([ItemEvent.MarkedMissing, ItemEvent.Found, ItemEvent.MarkedMissing, ItemEvent.Found], (await HistoryAsync()).Select(h => h.Event));
    }

    [Fact]
    public async Task Found_refuses_an_item_not_missing_an_unknown_one_a_long_note_and_staff_of_another_library()
    {
        await RefusedWithoutChange(() => FoundAsync(Client), HttpStatusCode.Conflict, "not flagged missing");
        await RefusedWithoutChange(() => FoundAsync(Client, "39009999999"), HttpStatusCode.NotFound, "39009999999");
        await (await Client.GetAsync("/api/items/39009999999/history")).ProblemAsync(HttpStatusCode.NotFound, "39009999999");

        await MarkMissingAsync();
        var lawDesk = await Host.StaffAsync("law-desk", ("Circulation Desk Operator", ["LAW"]));
        await RefusedWithoutChange(() => FoundAsync(lawDesk), HttpStatusCode.Forbidden, "library MAIN");
        await RefusedWithoutChange(() => FoundAsync(Client, note: new string('n', 2001)), HttpStatusCode.BadRequest, "note");
        Assert.Equal([Api.Barcode], await MissingBarcodesAsync());
    }
}
