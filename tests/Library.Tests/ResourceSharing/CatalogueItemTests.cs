using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.ResourceSharing;

/// <summary>The item catalogue lending locates items in: search, edit, import.</summary>
public sealed class CatalogueItemTests : HostTest
{
    private static MultipartFormDataContent FileForm(string text, string fileName, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    private Task<HttpResponseMessage> ImportAsync(string text, string fileName = "items.csv", string contentType = "text/csv") =>
        Client.PostAsync("/api/items/import", FileForm(text, fileName, contentType));

    [Fact]
    public async Task The_seeded_catalogue_is_searched_by_text_and_by_barcode_a_page_at_a_time()
    {
        var all = await Client.GetFromJsonAsync<CatalogueItemPageView>("/api/items?pageSize=2", LibraryHost.Json);
        Assert.Equal((3, 2), (all!.Total, all.Items.Count));
        Assert.Equal(["39001000123", "39001000456"], all.Items.Select(i => i.Barcode));
        var second = await Client.GetFromJsonAsync<CatalogueItemPageView>("/api/items?pageSize=2&page=2", LibraryHost.Json);
        Assert.Equal(["39001000999"], second!.Items.Select(i => i.Barcode));

        var stendhal = await Client.GetFromJsonAsync<CatalogueItemPageView>("/api/items?q=STENDHAL", LibraryHost.Json);
        Assert.Equal("Le Rouge et le Noir", Assert.Single(stendhal!.Items).Title);
        var byIsbn = await Client.GetFromJsonAsync<CatalogueItemPageView>("/api/items?q=9781429838146", LibraryHost.Json);
        Assert.Equal(LendingApi.KnownBarcode, Assert.Single(byIsbn!.Items).Barcode);
        var byBarcode = await Client.GetFromJsonAsync<CatalogueItemPageView>("/api/items?barcode=39001000456", LibraryHost.Json);
        Assert.Equal("Beginning OpenOffice Calc", Assert.Single(byBarcode!.Items).Title);
        await (await Client.GetAsync("/api/items?pageSize=500")).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
    }

    [Fact]
    public async Task An_item_put_into_the_catalogue_locates_the_next_lending_request_for_it()
    {
        var missing = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(barcode: "39001000777"));
        Assert.Equal(LendingStatus.LocateFailed, missing.Status);

        var item = new { title = "Journal of Examples", author = (string?)null, isbn = (string?)null, issn = "1234-5678", library = "MAIN", location = "PER", materialType = "ISSUE" };
        var created = await (await Client.PutAsJsonAsync("/api/items/39001000777", item)).ReadAsync<CatalogueItemView>(HttpStatusCode.Created);
        Assert.Equal(new CatalogueItemView("39001000777", "Journal of Examples", null, null, "1234-5678", "MAIN", "PER", "ISSUE", null, null, null, null), created);
        var moved = await (await Client.PutAsJsonAsync("/api/items/39001000777", item with { location = "STOR" })).ReadAsync<CatalogueItemView>(HttpStatusCode.OK);
        Assert.Equal("STOR", moved.Location);
        Assert.Equal("STOR", (await Client.GetFromJsonAsync<CatalogueItemView>("/api/items/39001000777", LibraryHost.Json))!.Location);

        var located = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(barcode: "39001000777"));
        Assert.Equal(LendingStatus.LendingRequestCreated, located.Status);
        Assert.True(located.Item.Located);
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/items/39001000777", item with { title = "" }), HttpStatusCode.BadRequest, "title");
        await (await Client.GetAsync("/api/items/00000000")).ProblemAsync(HttpStatusCode.NotFound, "00000000");
    }

    [Fact]
    public async Task A_serial_s_item_keeps_its_record_s_MMS_id_volume_and_issue_from_a_put_and_a_file()
    {
        var item = new { title = "Journal of Examples", issn = "1234-5678", library = "MAIN", location = "PER", mmsId = "991234500001", volume = "12", issue = "3" };
        var created = await (await Client.PutAsJsonAsync("/api/items/39001000777", item)).ReadAsync<CatalogueItemView>(HttpStatusCode.Created);
        Assert.Equal(("991234500001", "12", "3"), (created.MmsId, created.Volume, created.Issue));
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/items/39001000777", item with { volume = new string('v', 51) }), HttpStatusCode.BadRequest, "volume");

        await (await ImportAsync("barcode,title,library,location,mmsId,volume,issue\n39001000778,Journal of Examples,MAIN,PER,991234500001,12,4\n"))
            .ReadAsync<CatalogueImportView>(HttpStatusCode.OK);
        var imported = await Client.GetFromJsonAsync<CatalogueItemView>("/api/items/39001000778", LibraryHost.Json);
        Assert.Equal(("991234500001", "12", "4"), (imported!.MmsId, imported.Volume, imported.Issue));
    }

    [Fact]
    public async Task A_CSV_file_adds_and_replaces_items_by_barcode()
    {
        var imported = await (await ImportAsync(
            "barcode;title;author;library;location;materialType\n" +
            "39001000999;\"Principles of computer science; 2nd ed.\";Franceschetti;LAW;STOR;BOOK\n" +
            "39001000888;Madame Bovary;Flaubert;MAIN;GEN;BOOK\n"))
            .ReadAsync<CatalogueImportView>(HttpStatusCode.OK);
        Assert.Equal(new CatalogueImportView(1, 1), imported);
        var replaced = await Client.GetFromJsonAsync<CatalogueItemView>($"/api/items/{LendingApi.KnownBarcode}", LibraryHost.Json);
        Assert.Equal(("Principles of computer science; 2nd ed.", "STOR", (string?)null), (replaced!.Title, replaced.Location, replaced.Isbn));
        Assert.Equal("Flaubert", (await Client.GetFromJsonAsync<CatalogueItemView>("/api/items/39001000888", LibraryHost.Json))!.Author);
    }

    [Fact]
    public async Task A_JSON_file_in_the_seed_files_shape_imports_too()
    {
        var imported = await (await ImportAsync(
            """{ "items": [ { "barcode": "39001000555", "title": "Le Petit Prince", "library": "MAIN", "location": "GEN", "issn": null } ] }""",
            "items.json", "application/json")).ReadAsync<CatalogueImportView>(HttpStatusCode.OK);
        Assert.Equal(new CatalogueImportView(1, 0), imported);
        Assert.Equal("Le Petit Prince", (await Client.GetFromJsonAsync<CatalogueItemView>("/api/items/39001000555", LibraryHost.Json))!.Title);
    }

    public static TheoryData<string, string, string, string[]> BadFiles => new()
    {
        { "items.csv", "text/csv", "barcode,title,library,location\n39001000111,Good,MAIN,GEN\n39001000222,,MAIN,GEN\n", ["Row 2", "items[1].title", "39001000222"] },
        { "items.csv", "text/csv", "barcode,title,library,location\n39001000111,Good,MAIN,GEN\n39001000111,Again,MAIN,GEN\n", ["Row 2", "row 1"] },
        { "items.csv", "text/csv", "barcode,title,library,location,shelfmark\n39001000111,Good,MAIN,GEN,A1\n", ["shelfmark"] },
        { "items.csv", "text/csv", "barcode,title,location\n39001000111,Good,GEN\n", ["'library'"] },
        { "items.csv", "text/csv", "barcode,title,library,location\n39001000111,\"Good,MAIN,GEN\n", ["Row 1"] },
        { "items.json", "application/json", """[ { "barcode": "39001000111", "title": "Good", "library": "MAIN", "location": "GEN" }, { "barcode": "39001000222", "title": "No place" } ]""", ["Row 2", "library"] },
        { "items.json", "application/json", """[ { "barcode": "39001000111", "title": 42, "library": "MAIN", "location": "GEN" } ]""", ["Row 1"] },
        { "items.json", "application/json", """{ "things": [] }""", ["items"] },
        { "items.csv", "text/csv", "barcode,title,library,location\n", ["no items"] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_with_a_bad_row_is_refused_whole_naming_the_row(string fileName, string contentType, string text, string[] mentions)
    {
        await RefusedWithoutChange(() => ImportAsync(text, fileName, contentType), HttpStatusCode.BadRequest, mentions);
    }

    [Fact]
    public async Task A_file_that_is_neither_CSV_nor_JSON_is_415()
    {
        await RefusedWithoutChange(() => ImportAsync("<items/>", "items.xml", "application/xml"), HttpStatusCode.UnsupportedMediaType, ".csv or .json");
    }

    [Fact]
    public async Task Staff_search_the_catalogue_and_only_administrators_change_it()
    {
        var operatorClient = await Host.StaffAsync("olga", ("Fulfillment Services Operator", []));
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/items?q=rouge")).StatusCode);
        await RefusedWithoutChange(() => operatorClient.PostAsync("/api/items/import", FileForm("barcode,title,library,location\n1,T,MAIN,GEN\n", "items.csv", "text/csv")),
            HttpStatusCode.Forbidden);
        await RefusedWithoutChange(() => operatorClient.PutAsJsonAsync("/api/items/1", new { title = "T", library = "MAIN", location = "GEN" }), HttpStatusCode.Forbidden);
    }
}
