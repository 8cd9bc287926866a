using System.Text.Json;
using Library.Lending;
using Library.Tests.Infrastructure;
using Workflows.Activities;
using Workflows.Runtime;

namespace Library.Tests.Lending;

/// <summary>
/// The endpoint checks an action before resuming the workflow; a concurrent action may move the request in between.
/// These tests resume the workflow as the endpoint does after a check that has gone stale.
/// </summary>
public sealed class LendingRaceTests : HostTest
{
    private Task<ResumeResult> ResumeAsEndpointAsync(Guid id, LendingCommand command) =>
        Host.ServiceAsync<WorkflowRuntime, ResumeResult>(runtime => runtime.ResumeAsync(AwaitLendingAction.Bookmark, id.ToString(),
            JsonSerializer.SerializeToNode(command, DefinitionJson.Options)!.AsObject(), "staff:late"));

    [Fact]
    public async Task An_action_the_request_no_longer_allows_is_declined_inside_the_step_and_changes_nothing()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        var before = await Host.SnapshotAsync();

        var late = await ResumeAsEndpointAsync(created.Id, new LendingCommand(LendingAction.Reject, Reason: "Not available"));

        Assert.Equal(ResumeStatus.Declined, late.Status);
        Assert.Contains("reject is only allowed in status", late.Reason);
        Assert.Contains("is in status Shipped Physically", late.Reason);
        Assert.Equal(before, await Host.SnapshotAsync());
        var after = await Client.GetLendingAsync(created.Id);
        Assert.DoesNotContain(after.History, h => h.Actor == "staff:late");

        // The workflow still waits: the next allowed action goes through.
        var received = await Client.ActAsync(created.Id, "received-by-partner");
        Assert.Equal(LendingStatus.ReceivedByPartner, received.Status);
    }
}
