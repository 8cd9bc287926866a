using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>Waits for an HTTP request on a route; the request's JSON body lands in a variable if one is named.</summary>
[Description("Waits for an HTTP request on a route.")]
[WaitsFor(BookmarkName)]
public sealed class HttpTrigger : Activity
{
    public const string BookmarkName = "http";

    [Description("Route under /workflows/http/, e.g. 'orders/42/paid'.")]
    public required Input<string> Route { get; init; }

    public Input<string>? ResultVariable { get; init; }

    /// <summary>Routes compare without surrounding slashes and case-insensitively.</summary>
    public static string NormalizeRoute(string route) => route.Trim('/').ToLowerInvariant();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkName, NormalizeRoute(context.Get(Route)))));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (context.Get(ResultVariable, null) is { Length: > 0 } variable)
            context.SetVariable(variable, resumption.Payload);
        context.Note = $"HTTP request on '{resumption.Key}'";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
