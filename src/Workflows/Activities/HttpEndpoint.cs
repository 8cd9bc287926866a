using System.ComponentModel;
using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Activities;

/// <summary>
/// An HTTP endpoint under /workflows/http/ (Elsa's HttpEndpoint). Right after Start, with a literal path, it is a start
/// trigger: a request with one of its methods starts a new instance, and the request (method, path, query, body) lands
/// in the result variable; who may call it is its access, "open" for anyone (a public form) or a role, which the host
/// checks. Later in a flow it waits, as an <see cref="HttpTrigger"/> does, for a staff POST on its path.
/// </summary>
[Description("Starts an instance on a request to /workflows/http/{path} with one of its methods when it comes right after Start; later in a flow, waits for a POST there.")]
[WaitsFor(HttpTrigger.BookmarkName)]
public sealed class HttpEndpoint : Activity
{
    /// <summary>The name start triggers of this type go under; their key is "METHOD path".</summary>
    public const string TriggerName = "http-endpoint";

    public const string Open = "open", Administrator = "administrator";

    public static readonly string[] DefaultMethods = ["GET"];

    [Description("Path under /workflows/http/, e.g. 'forms/suggest-a-purchase'.")]
    public required Input<string> Path { get; init; }

    [Description("The HTTP methods it answers, e.g. [\"GET\", \"POST\"]; GET when left out.")]
    public Input<string[]>? Methods { get; init; }

    [Description("Who may call it: 'open' for anyone, 'administrator', or a staff role such as 'Work Order Operator'; administrator when left out.")]
    public Input<string>? Access { get; init; }

    [Description("Variable that receives the request: its method, path, query and body.")]
    public Input<string>? ResultVariable { get; init; }

    public static string TriggerKey(string method, string path) => $"{method.ToUpperInvariant()} {HttpTrigger.NormalizeRoute(path)}";

    /// <summary>What an HttpEndpoint right after Start answers to: each of its methods on its path, when both are literals.</summary>
    public static IEnumerable<(string Name, string Key)> TriggerKeys(ActivityNode node)
    {
        if (node.Inputs["path"] is not JsonValue path || !path.TryGetValue<string>(out var route)) return [];
        var methods = node.Inputs["methods"] switch
        {
            null => DefaultMethods,
            JsonArray list when list.All(m => m is JsonValue v && v.TryGetValue<string>(out _)) => list.Select(m => m!.GetValue<string>()).ToArray(),
            _ => [],
        };
        return methods.Select(m => (TriggerName, TriggerKey(m, route))).ToList();
    }

    /// <summary>Who may call the endpoint a trigger's inputs describe: "open", "administrator" or a role's name.</summary>
    public static string AccessOf(JsonObject inputs) =>
        inputs["access"] is JsonValue access && access.TryGetValue<string>(out var text) && text.Length > 0 ? text : Administrator;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(context.TakeTrigger() is { } trigger
            ? Received(context, trigger)
            : ActivityResult.Wait(new BookmarkRequest(HttpTrigger.BookmarkName, HttpTrigger.NormalizeRoute(context.Get(Path)))));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption) =>
        ValueTask.FromResult(Received(context, resumption));

    private ActivityResult Received(ActivityContext context, Resumption resumption)
    {
        if (context.Get(ResultVariable, null) is { Length: > 0 } variable)
            context.SetVariable(variable, resumption.Payload);
        context.Note = $"HTTP request {resumption.Key}";
        return ActivityResult.Done;
    }
}
