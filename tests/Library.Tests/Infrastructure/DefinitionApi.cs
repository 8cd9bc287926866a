using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>The designer's calls on workflow definitions, and the shipped definition files to start edits from.</summary>
public static class DefinitionApi
{
    /// <summary>A definition file of <c>workflow-definitions/</c>, as the build copies it beside the tests.</summary>
    public static JsonObject Shipped(string file = "digitization.json") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflow-definitions", file)))!.AsObject();

    public static JsonObject ActivityOf(JsonObject definition, string id) =>
        definition["activities"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["id"] == id);

    /// <summary>The definition without the activity and every connection to or from it.</summary>
    public static JsonObject Without(JsonObject definition, string activityId)
    {
        definition["activities"]!.AsArray().Remove(ActivityOf(definition, activityId));
        var connections = definition["connections"]!.AsArray();
        foreach (var c in connections.Where(c => (string?)c!["source"] == activityId || (string?)c!["target"] == activityId).ToList())
            connections.Remove(c);
        return definition;
    }

    /// <summary>The shipped digitization definition under another name: new content, the same flowchart.</summary>
    public static JsonObject Renamed(string name = "Digitization request, revised by the designer", string file = "digitization.json")
    {
        var definition = Shipped(file);
        definition["name"] = name;
        return definition;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string body, string contentType = "application/json") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient client, JsonNode definition, bool activate = false) =>
        client.PostJsonAsync(activate ? "/api/workflow-definitions?activate=true" : "/api/workflow-definitions", definition.ToJsonString());

    public static Task<HttpResponseMessage> ActivateAsync(this HttpClient client, string id, int version) =>
        client.PostAsync($"/api/workflow-definitions/{id}/{version}/activate", null);

    public static async Task<List<DefinitionSummary>> VersionsAsync(this HttpClient client, string id = "digitization") =>
        (await (await client.GetAsync("/api/workflow-definitions")).ReadAsync<List<DefinitionSummary>>(HttpStatusCode.OK)).Where(d => d.Id == id).ToList();

    /// <summary>The version new instances start on, as <c>GET /api/workflow-definitions/{id}</c> serves it.</summary>
    public static async Task<JsonObject> ActiveAsync(this HttpClient client, string id = "digitization") =>
        await (await client.GetAsync($"/api/workflow-definitions/{id}")).ReadAsync<JsonObject>(HttpStatusCode.OK);
}
