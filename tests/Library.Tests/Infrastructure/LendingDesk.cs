using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;

namespace Library.Tests.Infrastructure;

/// <summary>
/// The resource sharing desk lending an item physically to a partner through the load balancer: Will Supply, Ship,
/// Received by Partner, Returned by Partner and Check In, each chosen from the request's status as the desk reads it
/// (<see cref="StaffClient"/>).
/// </summary>
public sealed class LendingDesk(LoadBalancer hosts, string token) : StaffClient(hosts, token)
{
    /// <summary>Takes the partner's request; a lost call is looked up by the partner's request id.</summary>
    public async Task<LendingRequestView> PlaceAsync(JsonObject body)
    {
        var externalId = (string)body["externalId"]!;
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var reply = await Hosts.SendAsync(() => Staff(HttpMethod.Post, "/api/lending-requests", JsonContent.Create(body)));
            if (reply.Status == HttpStatusCode.Created)
            {
                var placed = reply.Read<LendingRequestView>();
                Acknowledge(reply, placed.Id, placed.Workflow, placed.History);
                return placed;
            }
            CountLost(reply);
            var found = (await ReadingAsync($"/api/lending-requests?q={Uri.EscapeDataString(externalId)}")).Read<LendingRequestPage>().Items;
            if (found.Count > 0) return await ReadAsync(found.Single().Id);
        }
        throw new InvalidOperationException($"The lending request {externalId} could not be placed in {MaxTries} tries.");
    }

    /// <summary>Takes the request from its status to Request Completed; returns it as it is then.</summary>
    public async Task<LendingRequestView> LendAsync(LendingRequestView request)
    {
        for (var tries = 0; tries < MaxTries; tries++)
        {
            if (NextAction(request) is not { } action) return request;
            if (await TryAsync(() => Staff(HttpMethod.Post, $"/api/lending-requests/{request.Id}/{action.Name}", action.Content())) is { } reply)
            {
                var acted = reply.Read<LendingRequestView>();
                Acknowledge(reply, acted.Id, acted.Workflow, acted.History);
                request = acted;
            }
            else
            {
                request = await ReadAsync(request.Id);
            }
        }
        throw new InvalidOperationException($"Lending request {request.Id} is still {request.Status} after {MaxTries} tries.");
    }

    public async Task<LendingRequestView> ReadAsync(Guid id) => (await ReadingAsync($"/api/lending-requests/{id}")).Read<LendingRequestView>();

    /// <summary>An action and its body; the body is made anew for each call, as a sent message takes its content with it.</summary>
    private sealed record LendingStep(string Name, object? Body = null)
    {
        public HttpContent? Content() => Body is null ? null : JsonContent.Create(Body);
    }

    /// <summary>The desk's next action for a physical loan in <paramref name="request"/>'s status; none once it is completed.</summary>
    private static LendingStep? NextAction(LendingRequestView request) => request.Status switch
    {
        LendingStatus.LendingRequestCreated => new("will-supply"),
        LendingStatus.WillSupply => new("ship-physically", LendingApi.Shipment()),
        LendingStatus.ShippedPhysically => new("received-by-partner"),
        LendingStatus.ReceivedByPartner => new("returned-by-partner"),
        LendingStatus.ReturnedByPartner => new("check-in", new { internalNote = "shelved again" }),
        _ => null,
    };
}
