using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bench.Measurements.Http;

namespace Bench.Measurements.History;

/// <summary>
/// The calls whose latency should not grow with history, against a running service: requests placed now (live ones,
/// so the lists are not empty), a scan-in of each of some of them, and the reads staff make all day, taken in turns so
/// that a slow moment of the machine falls on all of them alike.
/// </summary>
public sealed class HistoryCalls(HttpClient client)
{
    private const int WarmUp = 30;

    /// <summary>The reads, by figure name: the in-process list with each of the UI's facets and its Find box, the approval queue, a request's page.</summary>
    private static IEnumerable<(string Name, Func<Random, string> Url)> Reads(IReadOnlyList<Guid> live, IReadOnlyList<Guid> finished, string liveBarcode) =>
    [
        ("list", _ => "/api/requests"),
        ("list_status_pickup", _ => "/api/requests?status=Pickup%20From%20Shelf"),
        ("list_status_digitization", _ => "/api/requests?status=Digitization"),
        ("list_status_completed", _ => "/api/requests?status=Completed"),
        ("list_department", _ => $"/api/requests?department={DigitizationCalls.Department}"),
        ("list_scope", _ => "/api/requests?scope=partial"),
        ("list_target", _ => "/api/requests?target=DocumentDeliveryAttachment"),
        ("list_find", _ => $"/api/requests?q={liveBarcode}"),
        ("approvals", _ => "/api/approvals?status=pending"),
        ("page_live", random => $"/api/requests/{live[random.Next(live.Count)]}"),
        ("page_finished", random => $"/api/requests/{finished[random.Next(finished.Count)]}"),
    ];

    /// <summary>Places <paramref name="count"/> requests as the lifecycle does, each for an item of its own; returns their ids.</summary>
    public async Task<List<Guid>> PlaceAsync(string prefix, int count, Latencies creates)
    {
        var ids = new List<Guid>();
        for (var n = 0; n < count; n++)
        {
            var watch = Stopwatch.StartNew();
            using var created = await client.PostAsJsonAsync("/api/digitization-requests", DigitizationCalls.NewRequest(Barcode(prefix, n)));
            if (n >= WarmUp) creates.Add(watch.Elapsed);
            if (created.StatusCode != HttpStatusCode.Created) throw await FailureAsync("create", created);
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        return ids;
    }

    /// <summary>Scans in the items of the first <paramref name="count"/> requests at their department, as a scan station does.</summary>
    public async Task ScanInAsync(string prefix, int count, Latencies scanIns)
    {
        for (var n = 0; n < count; n++)
        {
            var watch = Stopwatch.StartNew();
            using var scanned = await client.PostAsJsonAsync("/api/scan-stations/bench-scanner/scans",
                new { barcode = Barcode(prefix, n), department = DigitizationCalls.Department });
            if (n >= WarmUp) scanIns.Add(watch.Elapsed);
            if (scanned.StatusCode != HttpStatusCode.OK) throw await FailureAsync("scan-in", scanned);
        }
    }

    /// <summary>Each read <paramref name="samples"/> times, after warm-up rounds; the latencies by read.</summary>
    public async Task<Dictionary<string, Latencies>> ReadAsync(IReadOnlyList<Guid> live, IReadOnlyList<Guid> finished, string liveBarcode, int samples)
    {
        var reads = Reads(live, finished, liveBarcode).ToList();
        var latencies = reads.ToDictionary(r => r.Name, _ => new Latencies());
        var random = new Random(19);
        for (var round = 0; round < WarmUp + samples; round++)
        {
            foreach (var (name, url) in reads)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url(random), HttpCompletionOption.ResponseContentRead);
                if (round >= WarmUp) latencies[name].Add(watch.Elapsed);
                if (response.StatusCode != HttpStatusCode.OK) throw await FailureAsync(name, response);
            }
        }
        return latencies;
    }

    public static string Barcode(string prefix, int n) => $"{prefix}-{n}";

    private static async Task<Exception> FailureAsync(string call, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return new InvalidOperationException($"{call} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }
}
