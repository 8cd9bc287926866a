using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Lending;

/// <summary>
/// Issue 16: a change to lending.json published in the designer applies to lending requests created after it; requests
/// already running stay on the version they started on. The change here is an action the C# does not know, which is
/// taken like any other the request's version offers, as a plain status change with its notes.
/// </summary>
public sealed class LendingPublishedVersionTests : HostTest
{
    private const string ClaimReturned = "claim-returned";

    /// <summary>The shipped lending.json with one action more: the partner claims to have returned a shipped item.</summary>
    private static JsonObject WithClaimReturned()
    {
        var lending = Shipped("lending.json");
        lending["actions"]!.AsArray().Add(new JsonObject
        {
            ["name"] = ClaimReturned, ["label"] = "Claimed returned", ["from"] = new JsonArray("Shipped Physically"), ["to"] = "Returned by Partner",
            ["run"] = new JsonArray(new JsonObject { ["id"] = "apply", ["type"] = "ApplyLendingAction" }),
        });
        return lending;
    }

    [Fact]
    public async Task A_published_action_is_offered_to_requests_created_after_it_and_refused_to_those_running_before()
    {
        var anna = await Host.StaffAsync("anna", ("Fulfillment Services Operator", []));
        var before = await anna.CreateLendingAsync();

        var published = await (await Client.PublishAsync(WithClaimReturned(), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        Assert.Equal(("lending", 2), (published.Id, published.Version));

        var after = await anna.CreateLendingAsync();
        var a = await anna.ActAsync(before.Id, "ship-physically", LendingApi.Shipment());
        var b = await anna.ActAsync(after.Id, "ship-physically", LendingApi.Shipment());
        Assert.Equal((1, 2), (a.Workflow?.Version, b.Workflow?.Version));
        Assert.Equal((LendingStatus.ShippedPhysically, LendingStatus.ShippedPhysically), (a.Status, b.Status));

        Assert.Contains(new LendingActionView(ClaimReturned, "Claimed returned"), b.AllowedActions);
        Assert.DoesNotContain(ClaimReturned, a.AllowedActions.Select(x => x.Name));
        // Both still offer what their versions share.
        Assert.All([a, b], r => Assert.Contains("returned-by-partner", r.AllowedActions.Select(x => x.Name)));
        var rows = (await (await anna.GetAsync("/api/lending-requests")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK)).Items;
        Assert.Equal(b.AllowedActions, rows.Single(r => r.Id == b.Id).AllowedActions);
        Assert.Equal(a.AllowedActions, rows.Single(r => r.Id == a.Id).AllowedActions);

        var claimed = await anna.ActAsync(b.Id, $"actions/{ClaimReturned}", new { internalNote = "partner says it was posted on Monday" });
        Assert.Equal(LendingStatus.ReturnedByPartner, claimed.Status);
        Assert.Contains(claimed.History, h => h.Actor == "anna"
            && h.Note == "claim-returned: Shipped Physically → Returned by Partner; internal note: partner says it was posted on Monday");
        Assert.Contains(claimed.Notes, n => n is { Kind: NoteKind.Internal, Author: "anna", Text: "partner says it was posted on Monday" });
        Assert.DoesNotContain(ClaimReturned, claimed.AllowedActions.Select(x => x.Name));
        Assert.Contains("check-in", claimed.AllowedActions.Select(x => x.Name));

        await RefusedWithoutChange(() => anna.LendingActionAsync(a.Id, $"actions/{ClaimReturned}"), HttpStatusCode.Conflict,
            ClaimReturned, "lending definition version 1", "status Shipped Physically");
        Assert.Equal(LendingStatus.ShippedPhysically, (await anna.GetLendingAsync(a.Id)).Status);
    }

    [Fact]
    public async Task The_added_actions_endpoint_refuses_an_action_with_an_endpoint_of_its_own_and_those_the_workflow_takes()
    {
        var created = await Client.CreateLendingAsync();

        var before = await Host.SnapshotAsync();
        var problem = await (await Client.LendingActionAsync(created.Id, "actions/reject")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"POST /api/lending-requests/{created.Id}/reject", (string)problem["errors"]!["name"]![0]!);
        Assert.Equal(before, await Host.SnapshotAsync());

        // Open in Shipped Physically, but the due date's timer and a child's end take them, not staff; nor are they offered.
        var shipped = await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        Assert.DoesNotContain(shipped.AllowedActions, a => a.Name is "overdue" or "child-ended");
        foreach (var name in new[] { "overdue", "child-ended" })
            await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, $"actions/{name}"), HttpStatusCode.Conflict,
                $"{name} is taken by the workflow", "status Shipped Physically");
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "actions/no-such-action"), HttpStatusCode.Conflict,
            "no-such-action is not an action of lending definition version 1", "status Shipped Physically");
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "actions/claim-returned", new { internalNote = new string('x', 2001) }),
            HttpStatusCode.BadRequest, "internalNote");
        await RefusedWithoutChange(() => Client.LendingActionAsync(Guid.NewGuid(), "actions/claim-returned"), HttpStatusCode.NotFound, "No lending request");
    }
}
