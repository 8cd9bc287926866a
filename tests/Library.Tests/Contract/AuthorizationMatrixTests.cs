using System.Net;
using System.Text;
using Library.Host.Authorization;
using Library.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Library.Tests.Contract;

/// <summary>
/// Every operation of the contract, called three ways: with no credentials (401), by an account lacking the role its
/// policy asks (403), and by one holding it (neither). The operations come from the OpenAPI document and their
/// policies from the routes themselves, so a new endpoint is covered as soon as it exists, and one without a policy
/// fails here.
/// </summary>
public sealed class AuthorizationMatrixTests : HostTest
{
    /// <summary>For each policy: an account that meets it, and one that does not (none: every signed-in account meets it).</summary>
    private static readonly Dictionary<string, (string Right, string? Lacking)> Accounts = new()
    {
        [StaffPolicies.Staff] = ("fso", "no-role"),
        [StaffPolicies.Administration] = ("gsa", "woo"),
        [StaffPolicies.DigitizationProcessing] = ("woo", "fso"),
        [StaffPolicies.Fulfillment] = ("fso", "woo"),
        [StaffPolicies.Approval] = ("fsm", "fso"),
        [StaffPolicies.Scanning] = ("woo", "fso"),
        [StaffPolicies.Circulation] = ("fso", "woo"),
        [StaffPolicies.LetterAdministration] = ("la", "fsm"),
        [StaffPolicies.OwnAccount] = ("no-role", null),
        // Where no workflow's HttpEndpoint claims the path (the probe's), any staff role, as for resuming an HttpTrigger.
        [StaffPolicies.HttpWorkflow] = ("fso", "no-role"),
    };

    [Fact]
    public async Task Every_operation_refuses_no_credentials_and_the_wrong_role_and_lets_the_right_one_through()
    {
        var policies = await PoliciesAsync();
        Assert.Empty(policies.Where(p => p.Value is null && !OpenApiDocumentTests.Anonymous.Contains(p.Key)).Select(p => p.Key));
        Assert.Equal(OpenApiDocumentTests.Anonymous.Order(), policies.Where(p => p.Value is null).Select(p => p.Key).Order());

        var clients = new Dictionary<string, HttpClient>
        {
            ["no-role"] = await Host.StaffAsync("no-role"),
            ["woo"] = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department])),
            ["fso"] = await Host.StaffAsync("fso", ("Fulfillment Services Operator", [])),
            ["fsm"] = await Host.StaffAsync("fsm", ("Fulfillment Services Manager", [])),
            ["gsa"] = await Host.StaffAsync("gsa", ("General System Administrator", [])),
            ["la"] = await Host.StaffAsync("la", ("Letter Administrator", [])),
        };
        var document = OpenApiDocument.Parse(await Host.Client.GetStringAsync("/openapi/v1.json"), "json").Document!;
        var checkedOperations = 0;
        foreach (var (path, item) in document.Paths)
        foreach (var (method, operation) in item.Operations!)
        {
            var route = $"{method.Method} {path}";
            var policy = policies[route];
            if (policy is null) continue;
            if (policy == PartnerPolicies.Iso18626Partner)
            {
                // Partners have no staff account: the call is let in, and the message inside is authenticated.
                var partner = await Host.NewClient().SendAsync(Call(method, path, operation));
                Assert.True(partner.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{route} refused a partner");
                continue;
            }
            Assert.True(Accounts.ContainsKey(policy), $"{route} needs the policy {policy}, which this test has no accounts for");
            var (right, lacking) = Accounts[policy];

            var anonymous = await Host.NewClient().SendAsync(Call(method, path, operation));
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{route} without credentials answered {(int)anonymous.StatusCode}");
            if (lacking is not null)
            {
                var refused = await clients[lacking].SendAsync(Call(method, path, operation));
                Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{route} ({policy}) as '{lacking}' answered {(int)refused.StatusCode}");
            }
            var allowed = await clients[right].SendAsync(Call(method, path, operation));
            Assert.True(allowed.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                $"{route} ({policy}) as '{right}' answered {(int)allowed.StatusCode}: {await allowed.Content.ReadAsStringAsync()}");
            checkedOperations++;
        }
        Assert.True(checkedOperations > 60, $"only {checkedOperations} operations were checked");
    }

    /// <summary>The table of roles, as rules over the routes: what each kind of work needs.</summary>
    [Fact]
    public async Task Each_kind_of_work_needs_the_policy_the_roles_table_gives_it()
    {
        var policies = await PoliciesAsync();
        string? Expected(string route)
        {
            var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
            if (OpenApiDocumentTests.Anonymous.Contains(route)) return null;
            if (path == "/api/iso18626") return PartnerPolicies.Iso18626Partner;
            if (path.StartsWith("/workflows/http/", StringComparison.Ordinal)) return StaffPolicies.HttpWorkflow;
            if (path.StartsWith("/api/events/", StringComparison.Ordinal)) return StaffPolicies.Administration;
            if (path.StartsWith("/api/auth/", StringComparison.Ordinal)) return StaffPolicies.OwnAccount;
            if (path == "/api/scan-stations/{stationId}/scans") return StaffPolicies.Scanning;
            if (path.StartsWith("/api/accounts", StringComparison.Ordinal) || path.StartsWith("/api/scan-stations", StringComparison.Ordinal)
                || path.StartsWith("/api/outbox", StringComparison.Ordinal)
                || path.StartsWith("/api/workflow-instances", StringComparison.Ordinal))
                return StaffPolicies.Administration;
            if (method == "GET") return StaffPolicies.Staff;
            if (path.StartsWith("/api/letters/", StringComparison.Ordinal)) return StaffPolicies.LetterAdministration;
            // A delivery file is the Work Order Operator's, a clearance document the approver's: the handler checks which.
            if (route == "DELETE /api/requests/{id}/attachments/{attachmentId}") return StaffPolicies.Staff;
            if (route == "POST /api/items/{barcode}/found") return StaffPolicies.Circulation;
            if (path.StartsWith("/api/signals/approval/", StringComparison.Ordinal) || path.Contains("/copyright") || path.EndsWith("/expiry"))
                return StaffPolicies.Approval;
            if (path is "/api/profile-rules/try" or "/api/workflow-definitions/validate" || path.StartsWith("/api/signals/", StringComparison.Ordinal))
                return StaffPolicies.Staff;
            string[] setup = ["/api/departments", "/api/patron-limits", "/api/document-delivery-rules", "/api/profile-rules", "/api/workflow-definitions",
                "/api/partners", "/api/lending-workflow-profiles", "/api/lending-reasons", "/api/items", "/api/requests/cancel-reasons",
                "/api/lending-requests/reject-reasons"];
            if (setup.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal))) return StaffPolicies.Administration;
            if (path.StartsWith("/api/requests/", StringComparison.Ordinal)) return StaffPolicies.DigitizationProcessing;
            return StaffPolicies.Fulfillment; // digitization requests for patrons, lending and move requests
        }

        Assert.Empty(policies.Where(p => p.Value != Expected(p.Key)).Select(p => $"{p.Key}: {p.Value}, expected {Expected(p.Key)}"));
    }

    /// <summary>Each route's policy; null for a route that allows anyone.</summary>
    private Task<Dictionary<string, string?>> PoliciesAsync() => Host.ServiceAsync<EndpointDataSource, Dictionary<string, string?>>(source =>
        Task.FromResult(source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: OpenApiDocumentTests.PathOf(e.RoutePattern), e.Metadata))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal) || e.Path.StartsWith("/delivery/", StringComparison.Ordinal)
                        || e.Path.StartsWith("/workflows/", StringComparison.Ordinal) || e.Path.StartsWith("/health", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Route: $"{m} {e.Path}", e.Metadata)))
            .ToDictionary(e => e.Route, e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? null
                : e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).SingleOrDefault(p => p is not null) ?? "(none)")));

    /// <summary>The call with made-up path values and an empty body of the media type it takes: access is decided first.</summary>
    private static HttpRequestMessage Call(HttpMethod method, string path, OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path))
            path = path.Replace($"{{{parameter.Name}}}", parameter.Schema!.Format == "uuid" ? Guid.NewGuid().ToString()
                : parameter.Schema.Type == JsonSchemaType.Integer ? "1" : "matrix-probe");
        var request = new HttpRequestMessage(method, path);
        if (operation.RequestBody?.Content is { } content)
            request.Content = content.ContainsKey("application/json")
                ? new StringContent("{}", Encoding.UTF8, "application/json")
                : new MultipartFormDataContent();
        return request;
    }
}
