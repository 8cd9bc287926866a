using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Testing;

/// <summary>
/// A real SMTP server on a free loopback port, keeping every message it receives for the test to read. It can be told to
/// refuse a recipient with a reply of the test's choosing, as a real server refuses an unknown mailbox (550) or defers
/// one for now (451).
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Lock _gate = new();
    private readonly List<MimeMessage> _received = [];
    private readonly Dictionary<Guid, int> _sessions = [];
    private readonly Dictionary<string, SmtpResponse> _refusals = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource _nextArrival = NewArrival();

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Recipients(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public static TestSmtpServer Start() => new(FreePort());

    /// <summary>Every message received so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Received
    {
        get { lock (_gate) return [.. _received]; }
    }

    /// <summary>The SMTP sessions that delivered at least one message, with how many each delivered.</summary>
    public IReadOnlyDictionary<Guid, int> Sessions
    {
        get { lock (_gate) return new Dictionary<Guid, int>(_sessions); }
    }

    /// <summary>The first message that matches, waiting for it up to a bound; messages already received count too.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var received = await WaitUntilAsync(messages => messages.Any(match), "a matching e-mail", timeout);
        return received.First(match);
    }

    /// <summary>Every message received once at least <paramref name="count"/> have arrived, waiting up to a bound.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(messages => messages.Count >= count, $"{count} e-mail(s)", timeout);

    /// <summary>
    /// Answers <paramref name="code"/> and <paramref name="text"/> to every RCPT TO of <paramref name="address"/> from now
    /// on. The SmtpServer library adds how many more refused commands it lets the session make (", 4 retry(ies) remaining.").
    /// </summary>
    public void Refuse(string address, int code, string text)
    {
        lock (_gate) _refusals[address] = new SmtpResponse((SmtpReplyCode)code, text);
    }

    /// <summary>Takes mail for <paramref name="address"/> again.</summary>
    public void Accept(string address)
    {
        lock (_gate) _refusals.Remove(address);
    }

    /// <summary>
    /// A loopback port nobody listens on at the moment: where this server will listen, or, given to a service, an SMTP
    /// server that is down.
    /// </summary>
    public static int FreePort()
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

    private async Task<IReadOnlyList<MimeMessage>> WaitUntilAsync(Func<IReadOnlyList<MimeMessage>, bool> done, string awaited, TimeSpan? timeout)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            Task arrival;
            lock (_gate)
            {
                if (done(_received)) return [.. _received];
                arrival = _nextArrival.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Waited {limit} for {awaited}; {Received.Count} e-mail(s) arrived.");
            await Task.WhenAny(arrival, Task.Delay(left));
        }
    }

    private void Keep(MimeMessage message, Guid session)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _received.Add(message);
            _sessions[session] = _sessions.GetValueOrDefault(session) + 1;
            arrived = _nextArrival;
            _nextArrival = NewArrival();
        }
        arrived.SetResult();
    }

    // Continuations run off the SMTP session's thread, so a waiting test never holds up the server.
    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Refuses the recipients the test named, with their reply; takes every other.</summary>
    private sealed class Recipients(TestSmtpServer server) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            SmtpResponse? refusal;
            lock (server._gate) refusal = server._refusals.GetValueOrDefault(to.AsAddress());
            return refusal is null ? Task.FromResult(true) : throw new SmtpResponseException(refusal);
        }
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            server.Keep(await MimeMessage.LoadAsync(stream, cancellationToken), context.SessionId);
            return SmtpResponse.Ok;
        }
    }
}
