using System.Net;
using System.Net.Http.Json;
using Bench.Measurements.Http;

namespace Bench.Measurements.History;

/// <summary>
/// One digitization request taken to the end of its real use through the API: the bench's lifecycle (create, scan-in,
/// next step, attach, done), then the item's way back to its shelf, scanned in at the library's circulation desk and
/// at its shelving location, which completes the return move the lifecycle started.
/// </summary>
public static class FinishedRequest
{
    /// <summary>Letters, digits and hyphens only, so it is its own regular expression when the rows it left are read.</summary>
    public const string Barcode = "HISTORY-TEMPLATE-0001";

    public static async Task RunAsync(HttpClient client, byte[] scannedFile)
    {
        var lifecycle = await new DigitizationLifecycle(new DigitizationCalls(client, scannedFile)).RunAsync(Barcode, CancellationToken.None);
        if (!lifecycle.Completed) throw new InvalidOperationException($"The template's lifecycle failed: {lifecycle.Failure}");
        await ScanAsync(client, new { barcode = Barcode, department = "MAIN_CIRC" });
        await ScanAsync(client, new { barcode = Barcode, library = "MAIN", location = "GEN" });
    }

    private static async Task ScanAsync(HttpClient client, object scan)
    {
        using var response = await client.PostAsJsonAsync("/api/scan-stations/bench-scanner/scans", scan);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"The return scan {scan} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
