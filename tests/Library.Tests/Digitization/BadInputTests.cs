using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Digitization;

/// <summary>Every refused call answers a problem naming what is wrong, and leaves the database as it was.</summary>
public sealed class BadInputTests : HostTest
{
    private static StringContent RawJson(string text) => new(text, Encoding.UTF8, "application/json");

    public static TheoryData<string, string> MissingFields => new()
    {
        { "requester", "requester" },
        { "requester.email", "requester.email" },
        { "requester.userGroup", "requester.userGroup" },
        { "item", "item" },
        { "item.barcode", "item.barcode" },
        { "item.title", "item.title" },
        { "scope", "scope" },
        { "part", "part" },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public async Task Creating_without_a_required_field_names_the_field(string path, string field)
    {
        var body = Api.NewRequest();
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? body : body[parts[0]]!.AsObject();
        parent.Remove(parts[^1]);

        var problem = await RefusedAndRead(() => Client.PostAsJsonAsync("/api/digitization-requests", body), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"errors should name '{field}': {problem.ToJsonString()}");
    }

    private async Task<JsonObject> RefusedAndRead(Func<Task<HttpResponseMessage>> call, HttpStatusCode status)
    {
        var before = await Host.SnapshotAsync();
        var problem = await (await call()).ProblemAsync(status);
        Assert.Equal(before, await Host.SnapshotAsync());
        return problem;
    }

    [Fact]
    public async Task Creating_with_malformed_json_says_where_it_broke() =>
        await RefusedWithoutChange(() => Client.PostAsync("/api/digitization-requests", RawJson("{ \"requester\": { \"id\": ")),
            HttpStatusCode.BadRequest, "JSON");

    /// <summary>
    /// Found by the hostile-input properties: PostgreSQL cannot store the NUL character, so a note holding one was a 500
    /// there (and stored on SQLite). Text with one is refused on both engines, wherever it is in a JSON body.
    /// </summary>
    [Theory]
    [InlineData("note")]
    [InlineData("item.title")]
    public async Task Text_holding_a_NUL_character_is_400_naming_the_field_not_a_500(string field)
    {
        var body = Api.NewRequest();
        var parts = field.Split('.');
        (parts.Length == 1 ? body : body[parts[0]]!.AsObject())[parts[^1]] = "Chapitre\u0000 3";

        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/digitization-requests", body), HttpStatusCode.BadRequest, field, "NUL");
    }

    /// <summary>Found by the hostile-input properties: the NUL check read a lone surrogate's escape as text, and threw (500).</summary>
    [Theory]
    [InlineData("{\"note\":\"x\\ud800y\"}")]
    [InlineData("{\"\\udfff\":1}")]
    public async Task A_body_holding_a_lone_surrogate_is_400_not_a_500(string json) =>
        await RefusedWithoutChange(() => Client.PostAsync("/api/digitization-requests", RawJson(json)), HttpStatusCode.BadRequest);

    /// <summary>Found by the hostile-input properties: a NUL in a list's query was a 500 on PostgreSQL.</summary>
    [Theory]
    [InlineData("/api/requests?barcode=3900%00", "barcode")]
    [InlineData("/api/lending-requests?q=ILL%00", "q")]
    [InlineData("/api/move-requests?barcode=3900%00", "barcode")]
    [InlineData("/api/repository/representations?barcode=3900%00", "barcode")]
    public async Task A_NUL_character_in_a_query_is_400_naming_the_parameter_not_a_500(string url, string parameter) =>
        await RefusedWithoutChange(() => Client.GetAsync(url), HttpStatusCode.BadRequest, parameter, "NUL");

    [Fact]
    public async Task Creating_with_no_body_is_refused() =>
        await RefusedWithoutChange(() => Client.PostAsync("/api/digitization-requests", RawJson("")), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Creating_with_an_unknown_scope_or_a_bad_email_names_both()
    {
        var body = Api.NewRequest();
        body["scope"] = "some";
        body["requester"]!["email"] = "not-an-address";
        var problem = await RefusedAndRead(() => Client.PostAsJsonAsync("/api/digitization-requests", body), HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("scope"));
        Assert.True(errors.ContainsKey("requester.email"));
    }

    [Fact]
    public async Task A_full_item_request_needs_no_part()
    {
        var body = Api.NewRequest();
        body["scope"] = "full";
        body.Remove("part");
        body.Remove("department");
        var created = await (await Client.PostAsJsonAsync("/api/digitization-requests", body)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Null(created.Part);
        Assert.Equal("DIGI_DEPT_INST", created.Department);
    }

    [Fact]
    public async Task Scanning_an_unknown_barcode_is_not_found() =>
        await RefusedWithoutChange(() => Client.ScanAtDepartmentAsync(barcode: "000000"), HttpStatusCode.NotFound, "000000");

    [Fact]
    public async Task Scanning_at_another_department_is_a_conflict_naming_where_the_request_goes()
    {
        await Client.CreateAsync();
        await RefusedWithoutChange(() => Client.ScanAtDepartmentAsync(department: "OTHER_DEPT"), HttpStatusCode.Conflict,
            "OTHER_DEPT", "DIGI_DEPT_INST", "Pickup From Shelf");
    }

    [Fact]
    public async Task Scanning_without_barcode_or_place_names_the_fields()
    {
        await Client.CreateAsync();
        var problem = await RefusedAndRead(() => Client.PostAsJsonAsync("/api/scan-stations/s1/scans", new { }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("barcode"));
        Assert.True(problem["errors"]!.AsObject().ContainsKey("department"));

        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/scan-stations/s1/scans",
            new { barcode = Api.Barcode, department = "DIGI_DEPT_INST", library = "MAIN", location = "CIRC" }), HttpStatusCode.BadRequest, "not both");
        await RefusedWithoutChange(() => Client.PostAsync("/api/scan-stations/s1/scans", RawJson("{\"barcode\": 12")), HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task Actions_on_an_unknown_request_are_not_found()
    {
        var id = Guid.NewGuid();
        await RefusedWithoutChange(() => Client.GetAsync($"/api/requests/{id}"), HttpStatusCode.NotFound, id.ToString());
        await RefusedWithoutChange(() => Client.NextStepAsync(id), HttpStatusCode.NotFound, id.ToString());
        await RefusedWithoutChange(() => Client.DoneAsync(id), HttpStatusCode.NotFound, id.ToString());
        await RefusedWithoutChange(() => Client.CancelAsync(id), HttpStatusCode.NotFound, id.ToString());
        await RefusedWithoutChange(() => Client.AttachAsync(id, Api.FileOf(10)), HttpStatusCode.NotFound, id.ToString());
    }

    [Fact]
    public async Task Actions_in_the_wrong_status_are_conflicts_naming_the_status()
    {
        var request = await Client.CreateAsync();
        await RefusedWithoutChange(() => Client.NextStepAsync(request.Id), HttpStatusCode.Conflict, "Next Step", "Pickup From Shelf");
        await RefusedWithoutChange(() => Client.AttachAsync(request.Id, Api.FileOf(10)), HttpStatusCode.Conflict, "Document Delivery", "Pickup From Shelf");
        await RefusedWithoutChange(() => Client.DoneAsync(request.Id), HttpStatusCode.Conflict, "Document Delivery", "Pickup From Shelf");

        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        await RefusedWithoutChange(() => Client.NextStepAsync(request.Id), HttpStatusCode.Conflict, "Document Delivery");
        await RefusedWithoutChange(() => Client.DoneAsync(request.Id), HttpStatusCode.Conflict, "Attach at least one file");
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_413()
    {
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        await RefusedWithoutChange(() => Client.AttachAsync(request.Id, Api.FileOf(10 * 1024 * 1024 + 1)), HttpStatusCode.RequestEntityTooLarge, "10 MB");
    }

    [Fact]
    public async Task Attaching_without_a_file_or_with_a_bad_url_names_the_field()
    {
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);

        await RefusedWithoutChange(() => Client.PostAsync($"/api/requests/{request.Id}/attachments",
            new MultipartFormDataContent { { new StringContent("a note"), "note" } }), HttpStatusCode.BadRequest, "file");

        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Api.FileOf(10)), "file", "a.pdf" },
            { new StringContent("ftp://example.org/x"), "url" },
        };
        await RefusedWithoutChange(() => Client.PostAsync($"/api/requests/{request.Id}/attachments", form), HttpStatusCode.BadRequest, "url");

        await RefusedWithoutChange(() => Client.PostAsJsonAsync($"/api/requests/{request.Id}/attachments", new { file = "x" }),
            HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Cancelling_without_a_reason_names_the_field()
    {
        var request = await Client.CreateAsync();
        var problem = await RefusedAndRead(() => Client.PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new { note = "no reason" }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("reason"));
    }

    [Fact]
    public async Task Listing_by_an_unknown_status_names_the_valid_ones() =>
        await RefusedWithoutChange(() => Client.GetAsync("/api/requests?status=Lost"), HttpStatusCode.BadRequest, "Lost", "Pickup From Shelf");

    [Fact]
    public async Task A_signal_nobody_waits_for_is_not_found() =>
        await RefusedWithoutChange(() => Client.PostAsync("/api/signals/approval/123", null), HttpStatusCode.NotFound, "approval", "123");

    [Fact]
    public async Task Concurrent_scans_of_one_item_resume_it_once()
    {
        var request = await Client.CreateAsync();
        var scans = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Client.ScanAtDepartmentAsync(station: $"s{i}")));

        Assert.Single(scans, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(scans.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var view = await Client.GetRequestAsync(request.Id);
        Assert.Single(view.History, h => h.Type == "ScanIn" && h.Outcome == "Arrived");
        Assert.Single(view.History, h => h.Note == "Pickup From Shelf → Digitization");
    }
}
