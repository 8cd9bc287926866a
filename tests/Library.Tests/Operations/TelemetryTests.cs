using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Workflows.Diagnostics;

namespace Library.Tests.Operations;

/// <summary>
/// OpenTelemetry is switched on by the standard OTLP variables, given here as configuration keys (which the SDK reads
/// them through) because the tests share one process and its environment.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task With_an_OTLP_endpoint_workflow_spans_and_instruments_are_exported()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var host = LibraryHost.Start(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Export at once rather than every 5 s (spans) and 60 s (metrics).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });

        var request = await host.Client.CreateAsync();
        await (await host.Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var instanceId = request.Workflow!.InstanceId.ToString();
        Assert.True(await collector.ReceivedAsync("traces", WorkflowTelemetry.StartSpan, instanceId, "digitization"), "no workflow.start span of the request");
        Assert.True(await collector.ReceivedAsync("traces", WorkflowTelemetry.ResumeSpan, instanceId, "ScanIn"), "no workflow.resume span of the scan");
        Assert.True(await collector.ReceivedAsync("traces", "/api/digitization-requests"), "no span of the HTTP request");
        Assert.True(await collector.ReceivedAsync("metrics", "workflow.steps", "workflow.resumes", "workflow.commit.duration"), "no workflow instruments");
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_OpenTelemetry_is_not_registered()
    {
        await using var host = LibraryHost.Start();

        var registered = await host.ServiceAsync<IServiceProvider, bool>(services =>
            Task.FromResult(services.GetService<TracerProvider>() is not null || services.GetService<MeterProvider>() is not null));

        Assert.False(registered);
    }
}
