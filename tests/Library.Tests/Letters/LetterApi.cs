using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Letters;

/// <summary>The letter templates as the tests call them.</summary>
public static class LetterApi
{
    public const string CancelLetter = "FulCancelRequestLetter";
    public const string ShipLetter = "LenderShipEmailLetter";

    public static async Task<List<LetterSummary>> LettersAsync(this HttpClient client) =>
        await (await client.GetAsync("/api/letters")).ReadAsync<List<LetterSummary>>(HttpStatusCode.OK);

    public static async Task<LetterTemplateView> LetterAsync(this HttpClient client, string code, string language) =>
        await (await client.GetAsync($"/api/letters/{code}/{language}")).ReadAsync<LetterTemplateView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutLetterAsync(this HttpClient client, string code, string language, object body) =>
        client.PutAsJsonAsync($"/api/letters/{code}/{language}", body);

    public static Task<HttpResponseMessage> PreviewAsync(this HttpClient client, string code, string language, object body) =>
        client.PostAsJsonAsync($"/api/letters/{code}/{language}/preview", body);

    /// <summary>Switches the letter on or off, its wording left as it is.</summary>
    public static async Task SwitchAsync(this HttpClient client, string code, bool enabled)
    {
        var switched = await (await client.PutLetterAsync(code, "en", new { enabled })).ReadAsync<LetterTemplateView>(HttpStatusCode.OK);
        Assert.Equal((enabled, false), (switched.Enabled, switched.Customized));
    }
}
