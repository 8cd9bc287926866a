using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bench.Measurements.Http;

/// <summary>A call answered with another status than its success: what it answered.</summary>
public sealed class UnexpectedAnswerException(string message) : Exception(message);

/// <summary>
/// The calls a digitization request goes through, one method per kind, as the tests make them: create, scan-in at the
/// digitization department, next step, attach the scanned file, done (which queues the e-mail). Each checks its status
/// and throws <see cref="UnexpectedAnswerException"/> on another.
/// </summary>
public sealed class DigitizationCalls(HttpClient client, byte[] scannedFile)
{
    public const string Department = "DIGI_DEPT_INST";

    /// <returns>The new request's id.</returns>
    public async Task<Guid> CreateAsync(string barcode, CancellationToken ct)
    {
        using var created = await client.PostAsJsonAsync("/api/digitization-requests", NewRequest(barcode), ct);
        await ExpectAsync("create", HttpStatusCode.Created, created, ct);
        return (await created.Content.ReadFromJsonAsync<CreatedRequest>(JsonSerializerOptions.Web, ct))!.Id;
    }

    public async Task ScanInAsync(string barcode, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/scan-stations/bench-scanner/scans", new { barcode, department = Department }, ct);
        await ExpectAsync("scan-in", HttpStatusCode.OK, response, ct);
    }

    public async Task NextStepAsync(Guid id, CancellationToken ct)
    {
        using var response = await client.PostAsync($"/api/requests/{id}/next-step", null, ct);
        await ExpectAsync("next step", HttpStatusCode.OK, response, ct);
    }

    public async Task AttachAsync(Guid id, CancellationToken ct)
    {
        using var response = await client.PostAsync($"/api/requests/{id}/attachments", ScannedFile(), ct);
        await ExpectAsync("attach", HttpStatusCode.Created, response, ct);
    }

    public async Task DoneAsync(Guid id, CancellationToken ct)
    {
        using var response = await client.PostAsync($"/api/requests/{id}/done", null, ct);
        await ExpectAsync("done", HttpStatusCode.OK, response, ct);
    }

    private static async Task ExpectAsync(string call, HttpStatusCode expected, HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync(ct);
        throw new UnexpectedAnswerException($"{call} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }

    public static object NewRequest(string barcode) => new
    {
        requester = new { id = $"p-{barcode}", email = "reader@example.org", userGroup = "Undergraduate" },
        item = new { barcode, title = "Le Rouge et le Noir", library = "MAIN", location = "GEN", materialType = "Book" },
        scope = "partial",
        part = new { title = "Chapitre 3", author = "Stendhal", pages = "12-34" },
        department = Department,
        note = "benchmark",
    };

    private MultipartFormDataContent ScannedFile()
    {
        var file = new ByteArrayContent(scannedFile);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "chapitre-3.pdf" }, { new StringContent("300 dpi"), "note" } };
    }

    private sealed record CreatedRequest(Guid Id);
}
