using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Approvals;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Scaling;

/// <summary>
/// The staff and the scan station working on requests through the load balancer. Each step is chosen from what the
/// request's page shows. A call that gets no answer (its host died) may or may not have been done, and one refused with
/// 409 lost to someone else's step on the same request: either way the page is read again and the step chosen anew,
/// as a person would after a failed click. So a step that went through is not done again, one that did not is retried.
/// Any other refusal, or a 500, fails the test.
/// </summary>
public sealed class LibraryStaff(LoadBalancer hosts, string token, string stationId, string stationKey)
{
    /// <summary>Steps tried on one request before the test gives up on it.</summary>
    private const int MaxTries = 30;

    private static readonly byte[] ScannedChapter = Api.FileOf(2048);

    private int _lost;
    private int _conflicts;

    /// <summary>Calls that got no answer because their host died.</summary>
    public int Lost => _lost;

    /// <summary>Calls refused with 409 because another step on the same request came first.</summary>
    public int Conflicts => _conflicts;

    /// <summary>Places the request; returns it with the host that took the call. A lost call is looked up by the item's barcode.</summary>
    public async Task<(DigitizationRequestView Request, HostProcess PlacedOn)> PlaceAsync(JsonObject body)
    {
        var barcode = (string)body["item"]!["barcode"]!;
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var reply = await hosts.SendAsync(() => Staff(HttpMethod.Post, "/api/digitization-requests", JsonContent.Create(body)));
            if (reply.Status == HttpStatusCode.Created) return (reply.Read<DigitizationRequestView>(), reply.Host);
            CountLost(reply);
            var placed = await FindAsync(barcode);
            if (placed is not null) return (placed, reply.Host);
        }
        throw new InvalidOperationException($"The request for item {barcode} could not be placed in {MaxTries} tries.");
    }

    /// <summary>
    /// Scans the item in at the department, and then Next Step, one file attached and Done, each when the request's
    /// page offers it; returns the request as it is when none is offered any more (it is completed, or waits for its
    /// approval).
    /// </summary>
    public async Task<DigitizationRequestView> WorkOnAsync(DigitizationRequestView request)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            if (NextStep(request) is not { } step) return request;
            request = await TryAsync<DigitizationRequestView>(step) ?? await ReadAsync(request.Id);
        }
        throw new InvalidOperationException($"Request {request.Id} still offers a step after {MaxTries} tries: {request.Status}, {string.Join(", ", request.Actions)}.");
    }

    /// <summary>Approves the request on any host but <paramref name="not"/>, until its approval is no longer pending.</summary>
    public async Task ApproveAsync(Guid id, HostProcess not)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var approved = await TryAsync<DigitizationRequestView>(
                () => Staff(HttpMethod.Post, $"/api/signals/approval/{id}", JsonContent.Create(new { decision = "approve", reason = "Covered by License" })), not);
            if (approved is not null || (await ReadAsync(id)).Approval?.Status != ApprovalStatus.Pending) return;
        }
        throw new InvalidOperationException($"Request {id} is still pending approval after {MaxTries} tries.");
    }

    /// <summary>Update Expiry: the request expires <paramref name="after"/> from now, unless an earlier try already moved it.</summary>
    public async Task MoveExpiryAsync(DigitizationRequestView request, TimeSpan after)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var expiresAt = DateTime.UtcNow + after;
            var moved = await TryAsync<ApprovalView>(
                () => Staff(HttpMethod.Put, $"/api/approvals/{request.Approval!.Id}/expiry", JsonContent.Create(new { expiresAt })));
            if (moved is not null || (await ReadAsync(request.Id)).ExpiresAt != request.ExpiresAt) return;
        }
        throw new InvalidOperationException($"The expiry of request {request.Id} could not be moved in {MaxTries} tries.");
    }

    public async Task<DigitizationRequestView> ReadAsync(Guid id)
    {
        var reply = await ReadingAsync($"/api/requests/{id}");
        return reply.Read<DigitizationRequestView>();
    }

    /// <summary>How many requests have <paramref name="status"/> now.</summary>
    public async Task<int> CountAsync(DigitizationStatus status)
    {
        var reply = await ReadingAsync($"/api/requests?status={Uri.EscapeDataString(status.DisplayName())}&limit=1000");
        return reply.Read<List<DigitizationRequestSummary>>().Count;
    }

    /// <summary>The step the request's page offers next, as its call; none when nothing is left to do here.</summary>
    private Func<HttpRequestMessage>? NextStep(DigitizationRequestView request)
    {
        var id = request.Id;
        if (request.Workflow?.WaitingFor.Contains(DigitizationBookmarks.ScanIn) == true)
            return () => Station($"/api/scan-stations/{stationId}/scans", JsonContent.Create(new { barcode = request.Item.Barcode, department = request.Department }));
        if (request.Actions.Contains("next-step")) return () => Staff(HttpMethod.Post, $"/api/requests/{id}/next-step");
        if (request.Actions.Contains("attach") && request.Attachments.All(a => a.Purpose != AttachmentPurpose.Delivery))
            return () => Staff(HttpMethod.Post, $"/api/requests/{id}/attachments", Chapter());
        if (request.Actions.Contains("done")) return () => Staff(HttpMethod.Post, $"/api/requests/{id}/done");
        return null;
    }

    private async Task<DigitizationRequestView?> FindAsync(string barcode)
    {
        var reply = await ReadingAsync($"/api/requests?barcode={barcode}");
        var found = reply.Read<List<DigitizationRequestSummary>>();
        return found.Count == 0 ? null : await ReadAsync(found.Single().Id);
    }

    /// <summary>A read is safe to send again, so a lost one is.</summary>
    private async Task<Reply> ReadingAsync(string path)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var reply = await hosts.SendAsync(() => Staff(HttpMethod.Get, path));
            if (reply.Status == HttpStatusCode.OK) return reply;
            CountLost(reply);
        }
        throw new InvalidOperationException($"GET {path} got no answer in {MaxTries} tries.");
    }

    /// <summary>The answer when the call went through; null when it was lost or lost a race (409), so the caller looks again.</summary>
    private async Task<T?> TryAsync<T>(Func<HttpRequestMessage> call, HostProcess? not = null) where T : class
    {
        var reply = await hosts.SendAsync(call, not);
        if (reply.Status is HttpStatusCode.OK or HttpStatusCode.Created) return reply.Read<T>();
        if (reply.Status == HttpStatusCode.Conflict) Interlocked.Increment(ref _conflicts);
        else CountLost(reply);
        return null;
    }

    /// <summary>Counts a lost call; any answer the caller did not expect fails the test.</summary>
    private void CountLost(Reply reply)
    {
        if (!reply.Lost) throw new InvalidOperationException($"Unexpected answer: {reply}");
        Interlocked.Increment(ref _lost);
    }

    private HttpRequestMessage Staff(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private HttpRequestMessage Station(string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Api-Key", stationKey);
        return request;
    }

    private static MultipartFormDataContent Chapter()
    {
        var file = new ByteArrayContent(ScannedChapter);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "chapter.pdf" } };
    }
}
