using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>
/// A fault an administrator can fix: a digitization version whose Next Step runs a "quality-check" workflow before
/// choosing the delivery target. Until that definition is published, Next Step faults; publishing it is the fix.
/// </summary>
public static class FaultingWorkflows
{
    public const string QualityCheck = "quality-check";

    public static async Task PublishDigitizationWithQualityCheckAsync(this HttpClient admin)
    {
        var definition = JsonNode.Parse(await admin.GetStringAsync("/api/workflow-definitions/digitization"))!.AsObject();
        definition["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = QualityCheck, ["type"] = "RunWorkflow", ["inputs"] = new JsonObject { ["workflow"] = QualityCheck },
        });
        var connections = definition["connections"]!.AsArray();
        // Next Step's Done (written or left out); its Physical goes back to the pickup since version 3.
        connections.Single(c => (string?)c!["source"] == "next-step" && ((string?)c["outcome"] ?? "Done") == "Done")!["target"] = QualityCheck;
        connections.Add(new JsonObject { ["source"] = QualityCheck, ["target"] = "target" });
        (await admin.PublishAsync(definition, activate: true)).EnsureSuccessStatusCode();
    }

    /// <summary>The fix: a quality check that passes at once.</summary>
    public static async Task PublishQualityCheckAsync(this HttpClient admin) =>
        (await admin.PublishAsync(new JsonObject
        {
            ["id"] = QualityCheck, ["version"] = 1, ["name"] = "Quality check",
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Start" }, new JsonObject { ["id"] = "end", ["type"] = "End" }),
            ["connections"] = new JsonArray(new JsonObject { ["source"] = "start", ["target"] = "end" }),
        }, activate: true)).EnsureSuccessStatusCode();

    /// <summary>A request whose Next Step has faulted (answered 500), pressed by <paramref name="by"/> (the administrator when null).</summary>
    public static async Task<DigitizationRequestView> FaultedRequestAsync(this HttpClient admin, HttpClient? by = null)
    {
        await admin.PublishDigitizationWithQualityCheckAsync();
        var request = await admin.CreateAsync();
        await (await admin.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await (by ?? admin).NextStepAsync(request.Id)).ProblemAsync(HttpStatusCode.InternalServerError, QualityCheck);
        return await admin.GetRequestAsync(request.Id);
    }
}
