using System.Text.Json.Nodes;
using Library.Persistence;
using Workflows.Runtime;

namespace Library.Lending;

/// <summary>
/// Where lending requests begin: the request is recorded as the partner sent it, status Lending Request Created, and
/// its workflow starts by locating the item, in one commit.
/// </summary>
public sealed class LendingRequests(LibraryDbContext db, WorkflowRuntime runtime, TimeProvider clock)
{
    /// <param name="alongside">What is recorded with the request in the same commit (an ISO 18626 request's key and message).</param>
    public async Task<LendingRequest> StartAsync(NewLendingRequest incoming, string actor, CancellationToken ct, Action<LendingRequest>? alongside = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new LendingRequest
        {
            Id = Guid.CreateVersion7(),
            Partner = incoming.Partner,
            ExternalId = incoming.ExternalId,
            RequestedFormat = incoming.RequestedFormat,
            Item = incoming.Item,
            RequesterEmail = incoming.RequesterEmail,
            NeededBy = incoming.NeededBy,
            Note = incoming.Note,
            Status = LendingStatus.LendingRequestCreated,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.LendingRequests.Add(request);
        alongside?.Invoke(request);
        await runtime.StartAsync(LendingWorkflow.Id, new JsonObject { ["requestId"] = request.Id.ToString() }, request.Id.ToString(), actor, ct);
        return request;
    }
}
