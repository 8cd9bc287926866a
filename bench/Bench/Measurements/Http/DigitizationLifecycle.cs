using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bench.Measurements.Http;

/// <summary>What one lifecycle came to: the scan-in trigger's latency, or the first call that failed.</summary>
public readonly record struct LifecycleResult(TimeSpan ScanIn, string? Failure)
{
    public bool Completed => Failure is null;
}

/// <summary>
/// One digitization request from the requester's form to the requester's mailbox, as the tests drive it: create,
/// scan-in at the digitization department, next step, attach the scanned file, done (which queues the e-mail).
/// </summary>
public sealed class DigitizationLifecycle(HttpClient client, byte[] scannedFile)
{
    public const string Department = "DIGI_DEPT_INST";

    public async Task<LifecycleResult> RunAsync(string barcode, CancellationToken ct)
    {
        try
        {
            return await CallAllAsync(barcode, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new LifecycleResult(default, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<LifecycleResult> CallAllAsync(string barcode, CancellationToken ct)
    {
        Guid id;
        using (var created = await client.PostAsJsonAsync("/api/digitization-requests", NewRequest(barcode), ct))
        {
            if (created.StatusCode != HttpStatusCode.Created) return new LifecycleResult(default, await FailureAsync("create", created, ct));
            id = (await created.Content.ReadFromJsonAsync<CreatedRequest>(JsonSerializerOptions.Web, ct))!.Id;
        }

        var scanStarted = Stopwatch.GetTimestamp();
        var failure = await ExpectAsync("scan-in", HttpStatusCode.OK,
            client.PostAsJsonAsync("/api/scan-stations/bench-scanner/scans", new { barcode, department = Department }, ct), ct);
        var scanIn = Stopwatch.GetElapsedTime(scanStarted);

        failure ??= await ExpectAsync("next step", HttpStatusCode.OK, client.PostAsync($"/api/requests/{id}/next-step", null, ct), ct)
                    ?? await ExpectAsync("attach", HttpStatusCode.Created, client.PostAsync($"/api/requests/{id}/attachments", ScannedFile(), ct), ct)
                    ?? await ExpectAsync("done", HttpStatusCode.OK, client.PostAsync($"/api/requests/{id}/done", null, ct), ct);
        return new LifecycleResult(scanIn, failure);
    }

    /// <summary>Null when the call answered as expected; otherwise what it answered.</summary>
    private static async Task<string?> ExpectAsync(string call, HttpStatusCode expected, Task<HttpResponseMessage> sending, CancellationToken ct)
    {
        using var response = await sending;
        return response.StatusCode == expected ? null : await FailureAsync(call, response, ct);
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

    private static async Task<string> FailureAsync(string call, HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        return $"{call} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}";
    }

    private sealed record CreatedRequest(Guid Id);
}
