using System.Buffers;
using System.Net;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Bench.Measurements.Http;

/// <summary>
/// A real SMTP server on a loopback port that only counts what it receives: the requesters' mailbox for the run.
/// It tells mails large enough to carry the scanned file from those that are not.
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

    public int WithFile => _counter.WithFile;

    /// <summary>Mails too small to carry the file: a sign a mail was composed without it.</summary>
    public int WithoutFile => _counter.WithoutFile;

    public static MailCounter Start(long minimumSize) => new(Loopback.FreePort(), minimumSize);

    /// <summary>Waits until <paramref name="expected"/> mails have arrived, or the bound has passed.</summary>
    public async Task WaitForAsync(int expected, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (WithFile + WithoutFile < expected && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _serving; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Counter(long minimumSize) : MessageStore
    {
        private int _withFile;
        private int _withoutFile;

        public int WithFile => Volatile.Read(ref _withFile);
        public int WithoutFile => Volatile.Read(ref _withoutFile);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            Interlocked.Increment(ref buffer.Length >= minimumSize ? ref _withFile : ref _withoutFile);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
