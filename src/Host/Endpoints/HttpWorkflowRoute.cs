using Workflows.Activities;
using Workflows.Triggers;

namespace Library.Host.Endpoints;

/// <summary>
/// The start trigger a request to /workflows/http/{route} meets: the HttpEndpoint right after the Start of an active
/// definition with the request's method and path; the first by definition id when several claim them. Looked up once
/// per request, by the access check, and kept for the endpoint.
/// </summary>
public static class HttpWorkflowRoute
{
    public const string Prefix = "/workflows/http";
    private const string Item = "http-workflow.trigger";

    public static async Task<StartTrigger?> TriggerAsync(HttpContext http, StartTriggers triggers)
    {
        if (http.Items.TryGetValue(Item, out var kept)) return kept as StartTrigger;
        var route = http.Request.RouteValues["route"] as string ?? "";
        var found = (await triggers.FindAsync(HttpEndpoint.TriggerName, HttpEndpoint.TriggerKey(http.Request.Method, route), http.RequestAborted))
            .FirstOrDefault();
        http.Items[Item] = found;
        return found;
    }
}
