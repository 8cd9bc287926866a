using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Hostile;

/// <summary>
/// One host for every hostile case of a test class, signed in as the first administrator (who may do everything, so
/// nothing is refused for want of a role), with one of each thing the API addresses by id, so that cases reach the
/// handlers' own checks and not only the 404 of an id that does not exist.
/// </summary>
public sealed class HostileHost : IAsyncLifetime
{
    private string? _snapshot;

    public LibraryHost Host { get; private set; } = null!;

    /// <summary>Cases sent, by status, across the host's life.</summary>
    public SortedDictionary<int, int> Answers { get; } = [];

    private Dictionary<string, string> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        Host = LibraryHost.Start();
        var client = Host.Client;
        var request = await client.CreateAsync();
        Ids["request"] = request.Id.ToString();
        var attached = await client.AttachAsync(request.Id, Api.FileOf(1000));
        if (attached.IsSuccessStatusCode) Ids["attachment"] = (string)(await attached.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        Ids["rule"] = (string)(await client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true))["id"]!.ToString();
        await client.CreateAsync(Api.NewRequest(barcode: "39001000124"));
        var approvals = await (await client.GetAsync("/api/approvals")).Content.ReadFromJsonAsync<JsonArray>();
        if (approvals?.FirstOrDefault() is { } approval) Ids["approval"] = approval["id"]!.ToString();
        Ids["lending"] = (await client.CreateLendingAsync()).Id.ToString();
        var move = await client.PostAsJsonAsync("/api/move-requests", new
        {
            barcode = LendingApi.KnownBarcode, from = new { library = "LAW", location = "GEN" }, to = new { library = "MAIN", location = "RS" },
        });
        Ids["move"] = (await move.ReadAsync<MoveRequestView>(HttpStatusCode.Created)).Id.ToString();
        Ids["deliveryRule"] = (await client.DeliveryRulesAsync()).First().Id.ToString();
        await Host.StaffAsync("target", ("Work Order Operator", [Api.Department]));
        await Host.RegisterStationAsync("scan-1", Api.Department);
        _snapshot = await Host.SnapshotAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A real value for a path parameter: what the case's path addresses exists.</summary>
    public string? Known(string path, string parameter) => parameter switch
    {
        "requestId" or "key" => Ids["request"],
        "attachmentId" => Ids.GetValueOrDefault("attachment"),
        "version" => "1",
        "code" => Api.Department,
        "userGroup" => "Undergraduate",
        "userName" => "target",
        "stationId" => "scan-1",
        "name" => "approval",
        "id" when path.StartsWith("/api/requests/", StringComparison.Ordinal) => Ids["request"],
        "id" when path.StartsWith("/api/lending-requests/", StringComparison.Ordinal) => Ids["lending"],
        "id" when path.StartsWith("/api/move-requests/", StringComparison.Ordinal) => Ids["move"],
        "id" when path.StartsWith("/api/approvals/", StringComparison.Ordinal) => Ids.GetValueOrDefault("approval"),
        "id" when path.StartsWith("/api/profile-rules/", StringComparison.Ordinal) => Ids["rule"],
        "id" when path.StartsWith("/api/document-delivery-rules/", StringComparison.Ordinal) => Ids["deliveryRule"],
        "id" when path.StartsWith("/api/workflow-definitions/", StringComparison.Ordinal) => "digitization",
        _ => null,
    };

    /// <summary>JSON for a body member that gets it past the first check, so that the odd values beside it are what is judged.</summary>
    public static string? Plausible(string member) => member switch
    {
        "barcode" => "\"39001000999\"",
        "barcodes" => "[\"39001000999\"]",
        "email" or "requesterEmail" => "\"reader@example.org\"",
        "userGroup" => "\"Undergraduate\"",
        "library" => "\"MAIN\"",
        "location" => "\"GEN\"",
        "department" => $"\"{Api.Department}\"",
        "scope" => "\"partial\"",
        "title" or "name" or "displayName" => "\"Le Rouge et le Noir\"",
        "reason" => "\"Item is missing\"",
        "decision" => "\"approve\"",
        "dueDate" or "neededBy" or "ccOrderDate" or "ccApprovalDate" => "\"2099-01-31\"",
        "kind" => "\"personal\"",
        "role" => "\"Work Order Operator\"",
        "password" or "newPassword" => "\"a long enough password\"",
        _ => null,
    };

    /// <summary>
    /// Sends the case and asserts the property: the answer is below 500, a refusal is an RFC 7807 problem, and a
    /// refused call changed nothing (the host's row-count-and-status snapshot is the same before and after).
    /// </summary>
    public async Task SendAsync(HostileRequest request)
    {
        var before = _snapshot ??= await Host.SnapshotAsync();
        using var response = await Host.Client.SendAsync(request.Build());
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        lock (Answers) Answers[status] = Answers.GetValueOrDefault(status) + 1;
        _snapshot = await Host.SnapshotAsync();

        Assert.True(status < 500, $"answered {status}: {text}");
        if (status < 400) return;
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"answered {status} as {response.Content.Headers.ContentType?.MediaType ?? "nothing"}: {text}");
        Assert.Equal(status, (int?)JsonNode.Parse(text)?["status"]);
        Assert.True(before == _snapshot, $"answered {status} but changed the database:\n before {before}\n after  {_snapshot}");
    }
}
