using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Library.Tests.Infrastructure;

/// <summary>
/// Spreads calls over the hosts in turn, as a load balancer in front of them would. A host that refuses the connection
/// (it is down) is passed over for the next one: the call never reached it. A call whose host died after taking it is
/// not sent again: it may have been done, so the reply says it was lost and the caller looks before trying again.
/// While no host is up (the only one is being restarted), calls wait for one, up to a bound.
/// </summary>
public sealed class LoadBalancer(IReadOnlyList<HostProcess> hosts) : IDisposable
{
    private static readonly TimeSpan NoHostBound = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan NoHostPause = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(100) };
    private readonly ConcurrentDictionary<HostProcess, int> _answered = new();
    private int _turn = -1;

    /// <summary>How many calls <paramref name="host"/> has answered so far.</summary>
    public int Answered(HostProcess host) => _answered.GetValueOrDefault(host);

    /// <summary>
    /// Sends the call, built anew for each host tried (a message is sent once), to the next host in turn but
    /// <paramref name="not"/>; its path is relative.
    /// </summary>
    public async Task<Reply> SendAsync(Func<HttpRequestMessage> call, HostProcess? not = null)
    {
        var deadline = DateTime.UtcNow + NoHostBound;
        for (var tried = 1; DateTime.UtcNow < deadline; tried++)
        {
            // A pause before each new round: every host was passed over in the last, so none is up at the moment.
            if (tried > 1 && (tried - 1) % hosts.Count == 0) await Task.Delay(NoHostPause);
            var host = hosts[(int)((uint)Interlocked.Increment(ref _turn) % (uint)hosts.Count)];
            if (host == not || host.Address is not { } address) continue;
            using var request = call();
            var called = $"{request.Method} {request.RequestUri}";
            request.RequestUri = new Uri(address, request.RequestUri!);
            // A connection per call: on a reused connection that dies before the answer, the handler sends the call
            // again by itself, even a POST, and a host that took the first one may have done it.
            request.Headers.ConnectionClose = true;
            try
            {
                using var response = await _http.SendAsync(request);
                var reply = new Reply(host, called, response.StatusCode, await response.Content.ReadAsStringAsync());
                _answered.AddOrUpdate(host, 1, (_, answered) => answered + 1);
                return reply;
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError)
            {
                // Refused: nothing listens there now, so the call goes to the next host.
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return new Reply(host, called, null, e.Message);
            }
        }
        throw new InvalidOperationException($"No host accepted the connection within {NoHostBound.TotalSeconds} s: {string.Join(", ", hosts)}.");
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A host's answer to a call (its method and relative path), or, without a status, a call lost with its host.</summary>
public sealed record Reply(HostProcess Host, string Call, HttpStatusCode? Status, string Body)
{
    public bool Lost => Status is null;

    public T Read<T>() => JsonSerializer.Deserialize<T>(Body, LibraryHost.Json)!;

    public override string ToString() => $"{Host.Name} answered {Call} with {(Lost ? "nothing (lost: " + Body + ")" : $"{(int)Status!}: {Body}")}";
}
