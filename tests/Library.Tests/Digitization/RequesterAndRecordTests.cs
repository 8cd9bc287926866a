using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Digitization;

/// <summary>The requester's name and language, and the record identifiers an item may carry.</summary>
public sealed class RequesterAndRecordTests : HostTest
{
    [Fact]
    public async Task The_requester_keeps_name_and_language_and_the_item_its_record_identifiers()
    {
        var body = Api.NewRequest();
        body["requester"]!["name"] = "Hélène Lefèvre";
        body["requester"]!["language"] = "fr";
        body["item"]!["mmsId"] = "991234567890001";
        body["item"]!["isbn"] = "2-07-036002-4";
        body["item"]!["issn"] = "0028 0836";
        body["item"]!["volume"] = "12";
        body["item"]!["issue"] = "3";

        var created = await Client.CreateAsync(body);
        var shown = await Client.GetRequestAsync(created.Id);

        Assert.Equal("Hélène Lefèvre", shown.Requester.Name);
        Assert.Equal("fr", shown.Requester.Language);
        Assert.Equal(("991234567890001", "2-07-036002-4", "0028-0836", "12", "3"),
            (shown.Item.MmsId, shown.Item.Isbn, shown.Item.Issn, shown.Item.Volume, shown.Item.Issue));
    }

    [Fact]
    public async Task A_requester_without_a_language_reads_the_institutions()
    {
        var created = await Client.CreateAsync();
        Assert.Equal("en", created.Requester.Language);
        Assert.Null(created.Requester.Name);
    }

    [Theory]
    [InlineData("requester", "language", "de", "requester.language")]
    [InlineData("requester", "language", "", "requester.language")]
    [InlineData("item", "isbn", "2-07-036002-5", "item.isbn")]
    [InlineData("item", "issn", "0028-0837", "item.issn")]
    public async Task An_unknown_language_or_a_malformed_identifier_is_400_naming_the_field(string part, string field, string value, string named)
    {
        var body = Api.NewRequest();
        body[part]![field] = value;
        var problem = await RefusedAndRead(body);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(named), $"errors should name '{named}': {problem.ToJsonString()}");
    }

    private async Task<System.Text.Json.Nodes.JsonObject> RefusedAndRead(System.Text.Json.Nodes.JsonObject body)
    {
        var before = await Host.SnapshotAsync();
        var problem = await (await Client.PostAsJsonAsync("/api/digitization-requests", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await Host.SnapshotAsync());
        return problem;
    }
}

/// <summary>An institution whose language is French gives it to requesters who name none.</summary>
public sealed class InstitutionLanguageTests : HostTest
{
    public override Task InitializeAsync()
    {
        Host = LibraryHost.Start(new Dictionary<string, string?> { ["Letters:DefaultLanguage"] = "fr" });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_requester_without_a_language_reads_the_institutions_default()
    {
        var created = await Client.CreateAsync();
        Assert.Equal("fr", (await Client.GetRequestAsync(created.Id)).Requester.Language);
    }
}
