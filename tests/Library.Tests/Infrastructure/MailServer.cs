using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Library.Tests.Infrastructure;

/// <summary>A real SMTP server on a loopback port, keeping what it receives for the test to read.</summary>
public sealed class MailServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly List<MimeMessage> _seen = [];
    private readonly Task _running;

    private MailServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received.Writer));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public static MailServer Start() => new(FreePort());

    /// <summary>Waits for the next message that matches, up to a bound; messages already seen count too.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        lock (_seen)
        {
            if (_seen.FirstOrDefault(match) is { } earlier) return earlier;
        }
        while (true)
        {
            var message = await _received.Reader.ReadAsync(limit.Token);
            lock (_seen) _seen.Add(message);
            if (match(message)) return message;
        }
    }

    public IReadOnlyList<MimeMessage> Seen
    {
        get
        {
            while (_received.Reader.TryRead(out var message)) lock (_seen) _seen.Add(message);
            lock (_seen) return _seen.ToList();
        }
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
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Store(ChannelWriter<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await received.WriteAsync(await MimeMessage.LoadAsync(stream, ct), ct);
            return SmtpResponse.Ok;
        }
    }
}
