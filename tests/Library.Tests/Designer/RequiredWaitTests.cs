using System.Net;
using System.Text.Json.Nodes;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Definitions;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Designer;

/// <summary>
/// The service's endpoints resume its definitions' instances by the names of the waits they are in. A version of one
/// of those definitions that no longer waits there is refused when it is validated or published, naming each wait it
/// lost: a digitization definition of Start → End alone would complete every new request at once.
/// </summary>
public sealed class RequiredWaitTests : HostTest
{
    private static readonly string[] DigitizationWaits =
        ["ScanIn", "ItemInTransit", "NextStep", "AttachDocument", "CompleteDelivery", "AddRepresentation", "CancelRequest", "ChangeExpiry"];

    internal static JsonObject StartToEnd(string id) => new()
    {
        ["id"] = id, ["name"] = "Done at once",
        ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Start" }, new JsonObject { ["id"] = "end", ["type"] = "End" }),
        ["connections"] = new JsonArray(new JsonObject { ["source"] = "start", ["target"] = "end" }),
    };

    private static List<string> DefinitionMessages(JsonObject problem) =>
        problem["errors"]![DefinitionProblem.DefinitionKey]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    [Fact]
    public async Task Digitization_as_start_to_end_is_400_on_validate_and_publish_naming_every_wait_the_service_resumes()
    {
        foreach (var path in new[] { "/api/workflow-definitions/validate", "/api/workflow-definitions", "/api/workflow-definitions?activate=true" })
        {
            var problem = await (await Client.PostJsonAsync(path, StartToEnd("digitization").ToJsonString()))
                .ProblemAsync(HttpStatusCode.BadRequest, DigitizationWaits);

            var messages = DefinitionMessages(problem);
            Assert.Equal(DigitizationWaits.Length, messages.Count);
            Assert.All(DigitizationWaits, wait => Assert.Single(messages, m => m.Contains($"'{wait}'")));
            Assert.Contains(messages, m => m.Contains("'NextStep'") && m.Contains("/api/requests/{id}/next-step") && m.Contains("the activity type that waits there: NextStep"));
        }

        Assert.Equal([1], (await Client.VersionsAsync()).Select(v => v.Version));
        var request = await Client.CreateAsync();
        Assert.Equal((DigitizationStatus.PickupFromShelf, 1), (request.Status, request.Workflow?.Version));
    }

    [Theory]
    [InlineData("digitization.json", "scan-in", "ScanIn", "ItemInTransit")]
    [InlineData("digitization.json", "attach-documents", "AttachDocument", "CompleteDelivery")]
    [InlineData("digitization.json", "await-cancellation", "CancelRequest")]
    [InlineData("digitization.json", "await-expiry", "ChangeExpiry")]
    [InlineData("approval.json", "await-decision", "signal:approval")]
    // The desk on the way waits under the same name; without it the arrival is not reached either.
    [InlineData("move.json", "await-via", "MoveArrival")]
    [InlineData("move.json", "await-cancellation", "CancelMove")]
    public async Task Removing_an_activity_whose_wait_the_service_resumes_is_400_naming_exactly_the_waits_lost(string file, string activityId, params string[] waits)
    {
        var definition = Without(Shipped(file), activityId);

        var problem = await (await Client.PublishAsync(definition, activate: true)).ProblemAsync(HttpStatusCode.BadRequest, waits);

        Assert.Equal(waits.Order(), DefinitionMessages(problem).Select(m => waits.Single(w => m.Contains($"'{w}'"))).Order());
        Assert.Equal([1], (await Client.VersionsAsync((string)definition["id"]!)).Select(v => v.Version));
    }

    [Fact]
    public async Task Removing_an_action_of_the_lending_machine_that_an_endpoint_takes_is_400_naming_it()
    {
        var definition = Shipped("lending.json");
        var actions = definition["actions"]!.AsArray();
        actions.Remove(actions.Single(a => (string?)a!["name"] == "notes"));

        var problem = await (await Client.PublishAsync(definition, activate: true)).ProblemAsync(HttpStatusCode.BadRequest, "notes");

        Assert.Contains("'notes'", Assert.Single(DefinitionMessages(problem)));
        Assert.Equal([1], (await Client.VersionsAsync("lending")).Select(v => v.Version));
    }

    [Fact]
    public async Task Waiting_activities_that_start_never_reaches_keep_no_wait()
    {
        // Every activity is still there, but Start leads straight to the end.
        var definition = Shipped();
        var connections = definition["connections"]!.AsArray();
        connections.Remove(connections.Single(c => (string?)c!["source"] == "start"));
        connections.Add(new JsonObject { ["source"] = "start", ["target"] = "end" });

        var problem = await (await Client.PublishAsync(definition)).ProblemAsync(HttpStatusCode.BadRequest, DigitizationWaits);

        Assert.Equal(DigitizationWaits.Length, DefinitionMessages(problem).Count);
        Assert.All(DefinitionMessages(problem), m => Assert.Contains("reachable from Start", m));
    }

    [Fact]
    public async Task A_definition_no_endpoint_resumes_may_be_anything_that_runs()
    {
        var published = await (await Client.PublishAsync(StartToEnd("shelf-tidy"))).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        Assert.Equal(("shelf-tidy", 1), (published.Id, published.Version));
    }
}
