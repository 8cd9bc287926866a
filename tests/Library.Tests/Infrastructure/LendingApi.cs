using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>The calls the lending request screens and partner messages make, as plain HTTP.</summary>
public static class LendingApi
{
    /// <summary>In the item catalogue seeded from <c>seed-data/item-catalogue.json</c>.</summary>
    public const string KnownBarcode = "39001000999";

    /// <summary>The sample partners <c>seed-data/resource-sharing.json</c> registers, both with the DEFAULT workflow profile.</summary>
    public const string EmailPartner = "BRL01";
    public const string IsoPartner = "NLC01";

    public static JsonObject NewLendingRequest(string format = "Physical", string partnerCode = EmailPartner,
        string barcode = KnownBarcode, string? requesterEmail = "patron@partner.example") => new()
    {
        ["partnerCode"] = partnerCode,
        ["externalId"] = "ILL-2026-0042",
        ["requestedFormat"] = format,
        ["item"] = new JsonObject
        {
            ["barcode"] = barcode, ["title"] = "Principles of computer science", ["author"] = "Franceschetti",
            ["isbn"] = "9781429838146", ["library"] = "LAW", ["location"] = "RES",
        },
        ["requesterEmail"] = requesterEmail,
        ["neededBy"] = "2099-12-20",
        ["note"] = "For a thesis",
    };

    /// <summary>
    /// Registers partner <paramref name="code"/> with a workflow profile of its own, of the same code, for a test that
    /// needs steps the DEFAULT profile has otherwise; returns the code.
    /// </summary>
    public static async Task<string> RegisterPartnerAsync(this HttpClient client, string code, string profileType = "Email",
        bool awaitDigitalReceipt = false, bool willSupplyStep = true, bool reactivateStep = true, string email = "ill@partner.example",
        Uri? isoEndpoint = null)
    {
        var profile = new
        {
            code, name = $"Profile of {code}", awaitDigitalReceipt, willSupplyStep, manualRenewStep = true, reactivateStep, isoCheckInMessage = true,
        };
        await (await client.PostAsJsonAsync("/api/lending-workflow-profiles", profile)).ReadAsync<LendingWorkflowProfileView>(HttpStatusCode.Created);
        var partner = new
        {
            code, name = $"Partner {code}", profileType, email, isoSymbol = profileType == "ISO" ? $"ISIL:XX-{code}" : null, workflowProfile = code,
            isoEndpoint = isoEndpoint?.ToString(),
        };
        await (await client.PostAsJsonAsync("/api/partners", partner)).ReadAsync<PartnerView>(HttpStatusCode.Created);
        return code;
    }

    public static async Task<LendingRequestView> CreateLendingAsync(this HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/lending-requests", body ?? NewLendingRequest());
        return await response.ReadAsync<LendingRequestView>(HttpStatusCode.Created);
    }

    public static async Task<LendingRequestView> GetLendingAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/lending-requests/{id}")).ReadAsync<LendingRequestView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> LendingActionAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        body is null
            ? client.PostAsync($"/api/lending-requests/{id}/{action}", null)
            : client.PostAsJsonAsync($"/api/lending-requests/{id}/{action}", body);

    /// <summary>The action, asserting it succeeded; the request as it answered.</summary>
    public static async Task<LendingRequestView> ActAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        await (await client.LendingActionAsync(id, action, body)).ReadAsync<LendingRequestView>(HttpStatusCode.OK);

    public static object Shipment(string dueDate = "2099-01-31", params string[] barcodes) =>
        new { dueDate, barcodes = barcodes.Length == 0 ? [KnownBarcode] : barcodes, internalNote = "packed in box 3", partnerNote = "Handle with care" };

    public static Task<HttpResponseMessage> ShipDigitallyAsync(this HttpClient client, Guid id, byte[]? file = null, string? url = null,
        string? termsOfUse = "Single copy for research", bool? completeRequest = null)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(content, "file", "chapter-2.pdf");
        }
        if (url is not null) form.Add(new StringContent(url), "url");
        if (termsOfUse is not null) form.Add(new StringContent(termsOfUse), "termsOfUse");
        if (completeRequest is not null) form.Add(new StringContent(completeRequest.Value ? "true" : "false"), "completeRequest");
        return client.PostAsync($"/api/lending-requests/{id}/ship-digitally", form);
    }
}
