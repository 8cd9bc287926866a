using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Runtime;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Designer;

/// <summary>The definition endpoints take and answer state machines as they do flowcharts.</summary>
public sealed class StateMachineDefinitionTests : HostTest
{
    private static JsonObject HoldShelf() => JsonNode.Parse("""
        {
          "id": "hold-shelf", "kind": "stateMachine", "name": "An item on the hold shelf",
          "start": { "to": "On Shelf" },
          "states": [
            { "name": "On Shelf", "group": "active", "position": { "x": 10, "y": 20 } },
            { "name": "Picked Up", "group": "completed", "final": true }
          ],
          "actions": [
            { "name": "pick-up", "label": "Pick up", "from": ["On Shelf"], "to": "Picked Up", "when": { "setting": "lendingRequestsRenewedStatus", "equals": false } },
            { "name": "note", "from": "*" }
          ]
        }
        """)!.AsObject();

    [Fact]
    public async Task A_state_machine_is_validated_published_activated_served_and_exported()
    {
        var valid = await (await Client.PostJsonAsync("/api/workflow-definitions/validate", HoldShelf().ToJsonString())).ReadAsync<JsonObject>(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["valid"] = true }, valid));

        var published = await (await Client.PublishAsync(HoldShelf())).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        Assert.Equal(("hold-shelf", 1), (published.Id, published.Version));
        await (await Client.ActivateAsync("hold-shelf", 1)).ReadAsync<DefinitionSummary>(HttpStatusCode.OK);

        var active = await Client.ActiveAsync("hold-shelf");
        Assert.Equal("stateMachine", (string?)active["kind"]);
        Assert.Equal(["On Shelf", "Picked Up"], active["states"]!.AsArray().Select(s => (string)s!["name"]!));
        Assert.Equal("*", (string?)active["actions"]![1]!["from"]);

        var exported = await (await Client.GetAsync("/api/workflow-definitions/hold-shelf/1/export")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"activities\"", exported);
        Assert.Contains("\"position\": {", exported);
        var again = JsonNode.Parse(exported)!.AsObject();
        again.Remove("version");
        Assert.Equal(HttpStatusCode.OK, (await Client.PublishAsync(again)).StatusCode); // the same content adds no version
        Assert.Equal([1], (await Client.VersionsAsync("hold-shelf")).Select(v => v.Version));
    }

    [Fact]
    public async Task Validate_keys_a_state_machines_problems_by_status_action_and_start_and_publish_stores_nothing()
    {
        var definition = HoldShelf();
        definition["start"]!["run"] = new JsonArray(new JsonObject { ["id"] = "x", ["type"] = "Nope" });
        definition["actions"]![0]!["when"] = new JsonObject { ["profile"] = "flyingStep" };
        definition["states"]!.AsArray().Add(new JsonObject { ["name"] = "Lost" });

        foreach (var path in new[] { "/api/workflow-definitions/validate", "/api/workflow-definitions" })
        {
            var problem = await (await Client.PostJsonAsync(path, definition.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
            var errors = problem["errors"]!.AsObject();
            Assert.Equal(["action:pick-up", "start", "state:Lost"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
            Assert.Contains("profile has no flag 'flyingStep'", (string)errors["action:pick-up"]![0]!);
            Assert.Equal("start: activity 'x' has unknown type 'Nope'", (string?)errors["start"]![0]);
            Assert.Equal("status 'Lost' cannot be reached from the start", (string?)errors["state:Lost"]![0]);
        }
        Assert.Empty(await Client.VersionsAsync("hold-shelf"));
    }

    [Fact]
    public async Task An_unknown_kind_is_400_under_definition()
    {
        var definition = HoldShelf();
        definition["kind"] = "petriNet";

        var problem = await (await Client.PostJsonAsync("/api/workflow-definitions/validate", definition.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("'kind' is 'petriNet'", (string)problem["errors"]!["definition"]![0]!);
    }

    [Fact]
    public async Task An_instance_of_a_state_machine_shows_its_status_and_the_actions_open_from_it()
    {
        await (await Client.PublishAsync(HoldShelf(), activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        var started = await Host.ServiceAsync<WorkflowRuntime, StartResult>(runtime => runtime.StartAsync("hold-shelf", null, "H-1", "admin"));

        var instance = await (await Client.GetAsync($"/api/workflow-instances/{started.InstanceId}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

        Assert.Equal("On Shelf", instance.Machine?.Status);
        Assert.Equal(["pick-up", "note"], instance.Machine!.OpenActions);
        Assert.Equal(["note", "pick-up"], instance.WaitingFor);
    }
}
