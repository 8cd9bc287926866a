using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Testing;

/// <summary>
/// The other end of the service's HTTP posts: a real HTTP server (Kestrel) on a loopback port that keeps every POST it
/// receives, in order of arrival, and answers what the test tells it to (200 with an empty body until then). It can go
/// down and come back on the same port, as a partner's server does.
/// </summary>
public sealed class TestHttpPartner : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly Lock _gate = new();
    private readonly List<ReceivedPost> _received = [];
    private Func<ReceivedPost, PartnerReply> _answer = _ => new PartnerReply(200, "text/plain", "");
    private TaskCompletionSource _nextArrival = NewArrival();
    private WebApplication? _app;

    private TestHttpPartner(int port) => Port = port;

    public int Port { get; }

    /// <summary>Where to post to: any path is taken, and kept with the post.</summary>
    public Uri Url(string path = "/") => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>Every post received so far, in order of arrival.</summary>
    public IReadOnlyList<ReceivedPost> Received
    {
        get { lock (_gate) return [.. _received]; }
    }

    public static async Task<TestHttpPartner> StartAsync()
    {
        var partner = new TestHttpPartner(TestSmtpServer.FreePort());
        await partner.ComeUpAsync();
        return partner;
    }

    /// <summary>Answers each post from now on with what <paramref name="answer"/> makes of it.</summary>
    public void Answer(Func<ReceivedPost, PartnerReply> answer)
    {
        lock (_gate) _answer = answer;
    }

    /// <summary>Stops listening: a post now finds nobody at the port (connection refused).</summary>
    public async Task GoDownAsync()
    {
        if (_app is null) return;
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>Listens on <see cref="Port"/> again.</summary>
    public async Task ComeUpAsync()
    {
        if (_app is not null) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpRequest request, HttpResponse response) =>
        {
            using var reader = new StreamReader(request.Body);
            var post = new ReceivedPost(request.Path, request.ContentType, request.Headers["Idempotency-Key"].ToString(), await reader.ReadToEndAsync());
            var answer = Keep(post);
            if (answer.RetryAfter is { } wait) response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString();
            return Results.Text(answer.Body, answer.ContentType, statusCode: answer.StatusCode);
        });
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Every post received once at least <paramref name="count"/> have arrived, waiting up to a bound.</summary>
    public async Task<IReadOnlyList<ReceivedPost>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            Task arrival;
            lock (_gate)
            {
                if (_received.Count >= count) return [.. _received];
                arrival = _nextArrival.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"Waited {limit} for {count} post(s); {Received.Count} arrived.");
            await Task.WhenAny(arrival, Task.Delay(left));
        }
    }

    public async ValueTask DisposeAsync() => await GoDownAsync();

    private PartnerReply Keep(ReceivedPost post)
    {
        TaskCompletionSource arrived;
        PartnerReply answer;
        lock (_gate)
        {
            _received.Add(post);
            answer = _answer(post);
            arrived = _nextArrival;
            _nextArrival = NewArrival();
        }
        arrived.SetResult();
        return answer;
    }

    // Continuations run off Kestrel's request thread, so a waiting test never holds up the server.
    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A POST as the partner received it.</summary>
public sealed record ReceivedPost(string Path, string? ContentType, string IdempotencyKey, string Body);

/// <summary>What the partner answers to a post; <see cref="RetryAfter"/> goes in a <c>Retry-After</c> header, in seconds.</summary>
public sealed record PartnerReply(int StatusCode, string ContentType, string Body, TimeSpan? RetryAfter = null);
