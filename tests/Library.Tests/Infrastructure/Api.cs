using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>The calls a scan station and the staff's screens make, as plain HTTP.</summary>
public static class Api
{
    public const string Barcode = "39001000123";
    public const string Department = "DIGI_DEPT_INST";

    public static JsonObject NewRequest(string barcode = Barcode, string email = "reader@example.org") => new()
    {
        ["requester"] = new JsonObject { ["id"] = "p-1001", ["email"] = email, ["userGroup"] = "Undergraduate" },
        ["item"] = new JsonObject
        {
            ["barcode"] = barcode, ["title"] = "Le Rouge et le Noir", ["library"] = "MAIN",
            ["location"] = "GEN", ["materialType"] = "Book",
        },
        ["scope"] = "partial",
        ["part"] = new JsonObject { ["title"] = "Chapitre 3", ["author"] = "Stendhal", ["pages"] = "12-34" },
        ["department"] = Department,
        ["note"] = "For the seminar",
    };

    public static async Task<DigitizationRequestView> CreateAsync(this HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/digitization-requests", body ?? NewRequest());
        return await response.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ScanAtDepartmentAsync(this HttpClient client, string barcode = Barcode, string department = Department, string station = "scan-1") =>
        client.PostAsJsonAsync($"/api/scan-stations/{station}/scans", new { barcode, department });

    public static Task<HttpResponseMessage> ScanAtDeskAsync(this HttpClient client, string barcode = Barcode, string library = "MAIN", string location = "CIRC", string station = "desk-1") =>
        client.PostAsJsonAsync($"/api/scan-stations/{station}/scans", new { barcode, library, location });

    public static Task<HttpResponseMessage> NextStepAsync(this HttpClient client, Guid id) =>
        client.PostAsync($"/api/requests/{id}/next-step", null);

    public static Task<HttpResponseMessage> DoneAsync(this HttpClient client, Guid id) =>
        client.PostAsync($"/api/requests/{id}/done", null);

    public static Task<HttpResponseMessage> CancelAsync(this HttpClient client, Guid id, string reason = "Item is missing", string? note = null) =>
        client.PostAsJsonAsync($"/api/requests/{id}/cancel", new { reason, note });

    public static Task<HttpResponseMessage> AttachAsync(this HttpClient client, Guid id, byte[] bytes, string fileName = "chapitre-3.pdf", string? note = null,
        string contentType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        if (note is not null) form.Add(new StringContent(note), "note");
        return client.PostAsync($"/api/requests/{id}/attachments", form);
    }

    public static async Task<DigitizationRequestView> GetRequestAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/requests/{id}");
        return await response.ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, LibraryHost.Json)!;
    }

    /// <summary>Asserts an RFC 7807 answer with that status whose text mentions every fragment.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, params string[] mentions)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        foreach (var mention in mentions) Assert.Contains(mention, text, StringComparison.OrdinalIgnoreCase);
        return problem;
    }

    /// <summary>Adds a profile rule that routes every request of <paramref name="userGroup"/>, ahead of the default rule.</summary>
    public static async Task<JsonObject> AddRuleAsync(this HttpClient client, string target, string? management = null,
        bool approval = false, bool copyrightClearance = false, int? maxAccessCount = null, string? approvalReason = null,
        string userGroup = "Undergraduate", string? name = null)
    {
        var rule = new JsonObject
        {
            ["name"] = name ?? $"{userGroup}: {target}, {management ?? "no approval"}",
            ["description"] = "",
            ["enabled"] = true,
            ["order"] = 1,
            ["conditions"] = new JsonArray(new JsonObject { ["field"] = "userGroup", ["operator"] = "in", ["values"] = new JsonArray(userGroup) }),
            ["outputs"] = new JsonObject
            {
                ["target"] = target, ["maxAccessCount"] = maxAccessCount, ["approval"] = approval,
                ["copyrightClearance"] = copyrightClearance, ["approvalManagement"] = management, ["approvalReason"] = approvalReason,
            },
        };
        var response = await client.PostAsJsonAsync("/api/profile-rules", rule);
        return await response.ReadAsync<JsonObject>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid requestId, string decision, string reason, string? note = null) =>
        client.PostAsJsonAsync($"/api/signals/approval/{requestId}", new { decision, reason, note });

    public static Task<HttpResponseMessage> ClearCopyrightAsync(this HttpClient client, Guid requestId, string ccNumber = "CCC-778812") =>
        client.PutAsJsonAsync($"/api/requests/{requestId}/copyright",
            new { ccNumber, ccOrderDate = "2026-11-01", ccApprovalDate = "2026-11-03", note = "Licence confirmed" });

    public static Task<HttpResponseMessage> AddRepresentationAsync(this HttpClient client, Guid id, params byte[][] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("Primary"), "usageType" },
            { new StringContent("MAIN"), "library" },
            { new StringContent("Open access"), "accessRightsPolicy" },
            { new StringContent("false"), "remote" },
        };
        for (var i = 0; i < files.Length; i++)
        {
            var file = new ByteArrayContent(files[i]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", $"scan-{i + 1}.pdf");
        }
        return client.PostAsync($"/api/requests/{id}/representation", form);
    }

    public static byte[] FileOf(int size, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Signs in: Identity's bearer token shape, or with <paramref name="cookies"/> the session cookie.</summary>
    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password, bool cookies = false) =>
        client.PostAsJsonAsync($"/api/auth/login{(cookies ? "?useCookies=true" : "")}", new { userName, password });
}
