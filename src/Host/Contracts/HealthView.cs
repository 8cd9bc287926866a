using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Library.Host.Contracts;

/// <summary>
/// A health probe's answer: <see cref="Status"/> is the worst of the checks' (<c>Healthy</c>, <c>Degraded</c> or
/// <c>Unhealthy</c>), and each check says why it stands where it does.
/// </summary>
public sealed record HealthView(string Status, IReadOnlyList<HealthCheckView> Checks)
{
    public static HealthView Of(HealthReport report) => new(report.Status.ToString(),
        report.Entries.Select(entry => new HealthCheckView(entry.Key, entry.Value.Status.ToString(), entry.Value.Description)).ToList());
}
