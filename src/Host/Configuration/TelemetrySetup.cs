using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Workflows.Diagnostics;

namespace Library.Host.Configuration;

/// <summary>
/// OpenTelemetry traces and metrics of HTTP, EF Core, Npgsql and the workflow runtime, exported over OTLP as the
/// standard <c>OTEL_*</c> variables say (read through configuration, so <c>--OTEL_…=</c> works too). Registered only
/// when an OTLP endpoint is set: without a collector, nothing listens and the instrumentation costs nothing.
/// </summary>
public static class TelemetrySetup
{
    private static readonly string[] EndpointKeys =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    public static IHostApplicationBuilder AddLibraryTelemetry(this IHostApplicationBuilder builder)
    {
        if (!EndpointKeys.Any(key => !string.IsNullOrEmpty(builder.Configuration[key]))) return builder;

        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(WorkflowTelemetry.Name)
                // Probes come every few seconds and say nothing about the work; their answers tell what they found.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(HealthSetup.AliasPath))
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(WorkflowTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation())
            // Unlike each signal's AddOtlpExporter, this reads the per-signal variables (…_TRACES_ENDPOINT, …) too.
            .UseOtlpExporter();
        return builder;
    }
}
