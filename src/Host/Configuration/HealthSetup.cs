using Library.Host.Contracts;
using Library.Host.Health;
using Library.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Library.Host.Configuration;

/// <summary>
/// The health probes, open to anyone: <see cref="LivePath"/> answers while the process runs and touches nothing;
/// <see cref="ReadyPath"/> (and <see cref="AliasPath"/>, its older name) checks the database, its migrations and the
/// SMTP server. Unhealthy is 503; a degraded service (SMTP unreachable, letters waiting) still answers 200.
/// </summary>
public static class HealthSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string AliasPath = "/health";

    /// <summary>The tag of the checks a readiness probe runs.</summary>
    private const string Ready = "ready";

    public static IServiceCollection AddLibraryHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<LibraryDbContext>("database", tags: [Ready])
            .AddCheck<PendingMigrationsCheck>("migrations", tags: [Ready])
            .AddCheck<SmtpServerCheck>("smtp", HealthStatus.Degraded, [Ready]);
        return services;
    }

    public static WebApplication MapLibraryHealth(this WebApplication app)
    {
        Probe(app, LivePath, _ => false);
        Probe(app, ReadyPath, check => check.Tags.Contains(Ready));
        Probe(app, AliasPath, check => check.Tags.Contains(Ready));
        return app;
    }

    private static void Probe(WebApplication app, string path, Func<HealthCheckRegistration, bool> checks) =>
        app.MapHealthChecks(path, new HealthCheckOptions
            {
                Predicate = checks,
                ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(HealthView.Of(report)),
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .AllowAnonymous();
}
