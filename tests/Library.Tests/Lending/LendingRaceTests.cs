using System.Net;
using System.Text.Json;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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
        Host.ServiceAsync<WorkflowRuntime, ResumeResult>(runtime => runtime.ResumeAsync(command.Action, id.ToString(),
            JsonSerializer.SerializeToNode(command, DefinitionJson.Options)!.AsObject(), "staff:late"));

    [Fact]
    public async Task An_action_the_request_no_longer_allows_finds_nothing_to_resume_and_changes_nothing()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        var before = await Host.SnapshotAsync();

        // Shipped Physically does not open reject: its definition has no bookmark for it.
        var late = await ResumeAsEndpointAsync(created.Id, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.Reject), Reason: "Not available"));

        Assert.Equal(ResumeStatus.NotFound, late.Status);
        Assert.Equal(before, await Host.SnapshotAsync());
        var after = await Client.GetLendingAsync(created.Id);
        Assert.DoesNotContain(after.History, h => h.Actor == "staff:late");

        // The workflow still waits: the next allowed action goes through.
        var received = await Client.ActAsync(created.Id, "received-by-partner");
        Assert.Equal(LendingStatus.ReceivedByPartner, received.Status);
    }

    /// <summary>
    /// The partner is the requester of every digitization it asks for, so its group's patron limit counts them all;
    /// asked at once for a partner without any yet, only as many as the limit are placed.
    /// </summary>
    [Fact]
    public async Task Simultaneous_digitizations_for_one_partner_stay_within_its_groups_limit()
    {
        await Client.SetPatronLimitAsync("Staff", 1);
        var lendings = new List<LendingRequestView>();
        for (var i = 0; i < 8; i++)
        {
            var body = LendingApi.NewLendingRequest("Digital");
            body["externalId"] = $"ILL-2026-{i:D4}";
            lendings.Add(await Client.CreateLendingAsync(body));
        }

        var responses = await Task.WhenAll(lendings.Select(l => Client.LendingActionAsync(l.Id, "digitization-request", new { department = Api.Department })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            // Refused by the endpoint's check (403), or inside the step when the check had passed on the same count (409).
            var problem = await refused.ProblemAsync(refused.StatusCode == HttpStatusCode.Forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.Conflict, "BRL01");
            Assert.Contains("the most a patron of user group Staff may have at once (1)", (string?)problem["detail"]);
        }
        Assert.Equal(1, await Host.QueryAsync(db => db.DigitizationRequests.CountAsync(r => r.Requester.Id == "BRL01")));
        Assert.Equal(1, (await Host.QueryAsync(db => db.PatronLoads.FindAsync("BRL01").AsTask()))!.OpenRequests);
    }
}
