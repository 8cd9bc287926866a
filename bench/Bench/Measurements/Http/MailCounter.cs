using System.Buffers;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Bench.Measurements.Http;

/// <summary>
/// A real SMTP server on a loopback port that only counts what it receives: the requesters' mailbox for the run.
/// A mail counts as delivered when it is large enough to carry the scanned file.
/// </summary>
public sealed class MailCounter : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly Counter _counter;

    private MailCounter(int port, long minimumSize)
    {
        Port = port;
        _counter = new Counter(minimumSize);
        var options = new SmtpServerOptionsBuilder().ServerName("bench-mailbox")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_counter);
        _serving = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public int Delivered => _counter.Delivered;

    /// <summary>Delivered mails too small to carry the file: a sign the mail was composed without it.</summary>
    public int WithoutFile => _counter.WithoutFile;

    public static MailCounter Start(long minimumSize) => new(FreePort(), minimumSize);

    /// <summary>Waits until <paramref name="expected"/> mails have arrived or the bound passes; true when they all did.</summary>
    public async Task<bool> WaitForAsync(int expected, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (Delivered + WithoutFile < expected)
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(20);
        }
        return true;
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _serving; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Counter(long minimumSize) : MessageStore
    {
        private int _delivered;
        private int _withoutFile;

        public int Delivered => Volatile.Read(ref _delivered);
        public int WithoutFile => Volatile.Read(ref _withoutFile);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            Interlocked.Increment(ref buffer.Length >= minimumSize ? ref _delivered : ref _withoutFile);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
