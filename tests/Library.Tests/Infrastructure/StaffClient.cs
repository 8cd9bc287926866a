using System.Net;
using System.Net.Http.Headers;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>
/// A member of staff calling the service through the load balancer, as a person clicks: a call that gets no answer
/// (its host died) may or may not have been done, and one refused with 409 lost to someone else's step on the same
/// request; either way the caller reads the request again and chooses its step anew. Any other refusal, or a 500,
/// fails the test.
/// </summary>
public abstract class StaffClient(LoadBalancer hosts, string token)
{
    /// <summary>Steps tried on one request before the test gives up on it.</summary>
    protected const int MaxTries = 30;

    private int _lost;
    private int _conflicts;

    /// <summary>Calls that got no answer because their host died.</summary>
    public int Lost => _lost;

    /// <summary>Calls refused with 409 because another step on the same request came first.</summary>
    public int Conflicts => _conflicts;

    /// <summary>A step the service acknowledged, as the answer showed it.</summary>
    public event Action<Acknowledgement>? Acknowledged;

    protected LoadBalancer Hosts => hosts;

    protected void Acknowledge(Reply reply, Guid id, WorkflowView? workflow, IReadOnlyList<HistoryView> history) =>
        Acknowledged?.Invoke(new Acknowledgement(id, workflow?.InstanceId, history, reply.Host.Name, reply.Call, DateTime.UtcNow));

    /// <summary>A read is safe to send again, so a lost one is.</summary>
    protected async Task<Reply> ReadingAsync(string path)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var reply = await hosts.SendAsync(() => Staff(HttpMethod.Get, path));
            if (reply.Status == HttpStatusCode.OK) return reply;
            CountLost(reply);
        }
        throw new InvalidOperationException($"GET {path} got no answer in {MaxTries} tries.");
    }

    /// <summary>The reply when the call went through; null when it was lost or lost a race (409), so the caller looks again.</summary>
    protected async Task<Reply?> TryAsync(Func<HttpRequestMessage> call, HostProcess? not = null)
    {
        var reply = await hosts.SendAsync(call, not);
        if (reply.Status is HttpStatusCode.OK or HttpStatusCode.Created) return reply;
        if (reply.Status == HttpStatusCode.Conflict) Interlocked.Increment(ref _conflicts);
        else CountLost(reply);
        return null;
    }

    /// <summary>Counts a lost call; any answer the caller did not expect fails the test.</summary>
    protected void CountLost(Reply reply)
    {
        if (!reply.Lost) throw new InvalidOperationException($"Unexpected answer: {reply}");
        Interlocked.Increment(ref _lost);
    }

    protected HttpRequestMessage Staff(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
