using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Mail;

namespace Library.Host.Health;

/// <summary>
/// Whether the SMTP server letters go to accepts a connection. Its registration says how much that matters: letters
/// wait in the outbox while it does not, so the service is degraded rather than down.
/// </summary>
internal sealed class SmtpServerCheck(IOptionsMonitor<SmtpOptions> options) : IHealthCheck
{
    /// <summary>Short, since a probe waits for every check; a server this slow to accept is as good as unreachable.</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var smtp = options.CurrentValue;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, timeout.Token);
            return HealthCheckResult.Healthy($"{smtp.Host}:{smtp.Port} accepts connections");
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var why = e is SocketException socket ? socket.Message : $"no answer within {ConnectTimeout.TotalSeconds:0} s";
            return new HealthCheckResult(context.Registration.FailureStatus, $"{smtp.Host}:{smtp.Port} is unreachable ({why}); letters wait in the outbox");
        }
    }
}
