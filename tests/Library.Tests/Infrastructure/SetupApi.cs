using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>The calls an administrator's configuration screens make: profile rules, departments, limits, delivery rules.</summary>
public static class SetupApi
{
    public const string DefaultRuleName = "Default Digitization Rule";

    public static JsonObject Condition(string field, string op, params string[] values) => new()
    {
        ["field"] = field, ["operator"] = op, ["values"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
    };

    public static JsonObject Outputs(
        string target = "DocumentDeliveryAttachment", int? maxAccessCount = null, bool approval = false, bool copyrightClearance = false,
        string? approvalManagement = null, string? approvalReason = null) => new()
    {
        ["target"] = target, ["maxAccessCount"] = maxAccessCount, ["approval"] = approval,
        ["copyrightClearance"] = copyrightClearance, ["approvalManagement"] = approvalManagement, ["approvalReason"] = approvalReason,
    };

    /// <summary>A rule in the shape the issue shows.</summary>
    public static JsonObject Rule(string name, int? order = null, JsonObject? outputs = null, bool enabled = true, params JsonObject[] conditions)
    {
        var rule = new JsonObject
        {
            ["name"] = name, ["description"] = "", ["enabled"] = enabled,
            ["conditions"] = new JsonArray(conditions.Select(c => (JsonNode?)c.DeepClone()).ToArray()),
            ["outputs"] = outputs ?? Outputs(),
        };
        if (order is not null) rule["order"] = order;
        return rule;
    }

    public static async Task<List<ProfileRuleView>> RulesAsync(this HttpClient client) =>
        await (await client.GetAsync("/api/profile-rules")).ReadAsync<List<ProfileRuleView>>(HttpStatusCode.OK);

    public static async Task<ProfileRuleView> DefaultRuleAsync(this HttpClient client) =>
        (await client.RulesAsync()).Single(r => r.IsDefault);

    public static async Task<ProfileRuleView> AddRuleAsync(this HttpClient client, JsonObject rule) =>
        await (await client.PostAsJsonAsync("/api/profile-rules", rule)).ReadAsync<ProfileRuleView>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutRuleAsync(this HttpClient client, int id, JsonObject rule) =>
        client.PutAsJsonAsync($"/api/profile-rules/{id}", rule);

    /// <summary>The rule as the API read it, ready to be changed and sent back.</summary>
    public static JsonObject AsBody(this ProfileRuleView rule) =>
        System.Text.Json.JsonSerializer.SerializeToNode(rule, LibraryHost.Json)!.AsObject();

    public static async Task SetPatronLimitAsync(this HttpClient client, string userGroup, int? max) =>
        await (await client.PutAsJsonAsync($"/api/patron-limits/{userGroup}", new { maxDigitizationRequests = max }))
            .ReadAsync<PatronLimitView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutDepartmentAsync(this HttpClient client, string code, object body) =>
        client.PutAsJsonAsync($"/api/departments/{code}", body);

    public static async Task<List<DocumentDeliveryRuleView>> DeliveryRulesAsync(this HttpClient client) =>
        await (await client.GetAsync("/api/document-delivery-rules")).ReadAsync<List<DocumentDeliveryRuleView>>(HttpStatusCode.OK);
}
