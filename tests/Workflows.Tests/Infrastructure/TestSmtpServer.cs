using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Workflows.Tests.Infrastructure;

/// <summary>An SMTP server on a free loopback port that keeps every message it receives.</summary>
public sealed class TestSmtpServer : MessageStore, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public TestSmtpServer()
    {
        Port = FreeLoopbackPort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(this);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>The SMTP sessions that delivered at least one message.</summary>
    public ConcurrentDictionary<Guid, int> Sessions { get; } = new();

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        Sessions.AddOrUpdate(context.SessionId, 1, (_, count) => count + 1);
        using var stream = new MemoryStream(buffer.ToArray());
        Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }

    /// <summary>Waits, bounded, until <paramref name="count"/> messages have arrived.</summary>
    public async Task<List<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Received.Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Received.Count} of {count} e-mails arrived.");
            await Task.Delay(20);
        }
        return [.. Received];
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
