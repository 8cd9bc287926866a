using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Library.Tests.Operations;

/// <summary>
/// Stands in for an OpenTelemetry collector: an HTTP server on a loopback port that accepts OTLP/HTTP exports
/// (<c>POST /v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>) and keeps their protobuf bodies.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<(string Signal, byte[] Body)> _exports = [];

    private OtlpCollector(WebApplication app) => _app = app;

    /// <summary>The base address the exporter appends <c>/v1/{signal}</c> to.</summary>
    public string Endpoint => _app.Urls.Single();

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0: the operating system picks a free one when Kestrel binds.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var collector = new OtlpCollector(builder.Build());
        collector._app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            lock (collector._gate) collector._exports.Add((signal, body.ToArray()));
            // An empty message is a full success in OTLP's protobuf encoding.
            return Results.Bytes([], "application/x-protobuf");
        });
        await collector._app.StartAsync();
        return collector;
    }

    /// <summary>Waits, bounded, until an export of <paramref name="signal"/> contains every one of the strings.</summary>
    public async Task<bool> ReceivedAsync(string signal, params string[] texts)
    {
        var needles = texts.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            List<byte[]> bodies;
            lock (_gate) bodies = _exports.Where(e => e.Signal == signal).Select(e => e.Body).ToList();
            // Protobuf writes strings (span names, attribute values) as their UTF-8 bytes.
            if (bodies.Any(body => needles.All(needle => body.AsSpan().IndexOf(needle) >= 0))) return true;
            await Task.Delay(50);
        }
        return false;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
