using System.Net;
using System.Text.Json.Nodes;
using Library.Tests.Infrastructure;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Lending;

/// <summary>What the partner is told is the lending definition's: each NotifyPartner names it, and one that does not is refused.</summary>
public sealed class PartnerEventDefinitionTests : HostTest
{
    [Fact]
    public async Task A_NotifyPartner_without_what_to_tell_or_telling_an_unknown_event_is_refused_naming_the_activity_and_input()
    {
        var lending = await Client.ActiveAsync("lending");
        lending.Remove("version");
        Notify(lending, "ship-physically")["inputs"]!.AsObject().Remove("event");
        Notify(lending, "recall")["inputs"]!["event"] = "Shouted";

        foreach (var path in new[] { "/api/workflow-definitions/validate", "/api/workflow-definitions" })
        {
            var problem = await (await Client.PostJsonAsync(path, lending.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
            var errors = problem["errors"]!.AsObject();
            Assert.Equal(["action:recall", "action:ship-physically"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
            Assert.Equal("action 'ship-physically': activity 'notify' (NotifyPartner) is missing required input 'event'", (string?)errors["action:ship-physically"]![0]);
            Assert.Equal("action 'recall': activity 'notify' (NotifyPartner) input 'event': '\"Shouted\"' is not a PartnerEvent", (string?)errors["action:recall"]![0]);
        }
        Assert.Equal([1], (await Client.VersionsAsync("lending")).Select(v => v.Version));
    }

    private static JsonObject Action(JsonObject definition, string name) =>
        definition["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["name"] == name);

    private static JsonObject Notify(JsonObject definition, string action) =>
        Action(definition, action)["run"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["type"] == "NotifyPartner");
}
