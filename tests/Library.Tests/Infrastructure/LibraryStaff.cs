using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Approvals;
using Library.Digitization;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>
/// The staff and the scan station working on digitization requests through the load balancer, each step chosen from
/// what the request's page shows (<see cref="StaffClient"/>). So a step that went through is not done again, one that
/// did not is retried.
/// </summary>
public sealed class LibraryStaff(LoadBalancer hosts, string token, string stationId, string stationKey) : StaffClient(hosts, token)
{
    private static readonly byte[] ScannedChapter = Api.FileOf(2048);

    /// <summary>Places the request; returns it with the host that took the call. A lost call is looked up by the item's barcode.</summary>
    public async Task<(DigitizationRequestView Request, HostProcess PlacedOn)> PlaceAsync(JsonObject body)
    {
        var barcode = (string)body["item"]!["barcode"]!;
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var reply = await Hosts.SendAsync(() => Staff(HttpMethod.Post, "/api/digitization-requests", JsonContent.Create(body)));
            if (reply.Status == HttpStatusCode.Created)
            {
                var placed = reply.Read<DigitizationRequestView>();
                Acknowledge(reply, placed.Id, placed.Workflow, placed.History);
                return (placed, reply.Host);
            }
            CountLost(reply);
            var found = await FindAsync(barcode);
            if (found is not null) return (found, reply.Host);
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
            if (await TryAsync(step) is { } reply)
            {
                var stepped = reply.Read<DigitizationRequestView>();
                Acknowledge(reply, stepped.Id, stepped.Workflow, stepped.History);
                request = stepped;
            }
            else
            {
                request = await ReadAsync(request.Id);
            }
        }
        throw new InvalidOperationException($"Request {request.Id} still offers a step after {MaxTries} tries: {request.Status}, {string.Join(", ", request.Actions)}.");
    }

    /// <summary>Approves the request on any host but <paramref name="not"/>, until its approval is no longer pending.</summary>
    public async Task ApproveAsync(Guid id, HostProcess not)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var reply = await TryAsync(
                () => Staff(HttpMethod.Post, $"/api/signals/approval/{id}", JsonContent.Create(new { decision = "approve", reason = "Covered by License" })), not);
            if (reply?.Read<DigitizationRequestView>() is { } approved) Acknowledge(reply, approved.Id, approved.Workflow, approved.History);
            if (reply is not null || (await ReadAsync(id)).Approval?.Status != ApprovalStatus.Pending) return;
        }
        throw new InvalidOperationException($"Request {id} is still pending approval after {MaxTries} tries.");
    }

    /// <summary>Update Expiry: the request expires <paramref name="after"/> from now, unless an earlier try already moved it.</summary>
    public async Task MoveExpiryAsync(DigitizationRequestView request, TimeSpan after)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var expiresAt = DateTime.UtcNow + after;
            var moved = await TryAsync(
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
