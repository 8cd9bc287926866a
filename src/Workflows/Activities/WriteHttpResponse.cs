using System.ComponentModel;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Http;

namespace Workflows.Activities;

/// <summary>
/// Answers the HTTP request the instance runs for (Elsa's WriteHttpResponse): the host sends it once the step has
/// committed, instead of the instance. A text is sent as it is (text/plain), anything else as JSON. Run without an HTTP
/// caller (after a timer, say), the answer goes nowhere.
/// </summary>
[Description("Answers the HTTP request that started or resumed the instance: status code, content, content type and headers.")]
public sealed class WriteHttpResponse(HttpAnswerSlot slot) : Activity
{
    /// <summary>Headers the server sets from the content itself; a definition does not.</summary>
    private static readonly string[] Reserved = ["Content-Length", "Content-Type", "Transfer-Encoding", "Connection"];

    [Description("A number such as 201, or a name such as 'Created'; 200 when left out.")]
    public Input<JsonNode?>? StatusCode { get; init; }

    [Description("The body: a text, sent as it is, or any other JSON value, sent as JSON.")]
    public Input<JsonNode?>? Content { get; init; }

    [Description("The media type; text/plain for a text and application/json for anything else when left out.")]
    public Input<string?>? ContentType { get; init; }

    [Description("Headers to send, by name: a text or a list of texts each.")]
    public Input<JsonObject?>? Headers { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var status = StatusOf(context.Get(StatusCode, null));
        var content = context.Get(Content, null);
        var isText = content is JsonValue value && value.GetValueKind() == JsonValueKind.String;
        var text = isText ? content!.GetValue<string>() : content?.ToJsonString() ?? "";
        var contentType = context.Get(ContentType, null) is { Length: > 0 } given ? given
            : content is null || isText ? "text/plain; charset=utf-8" : "application/json";
        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Get(Headers, null) ?? [])
        {
            if (Reserved.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new InvalidOperationException($"header '{name}' is set by the server from the content");
            headers[name] = values switch
            {
                JsonArray list => list.Select(v => v?.GetValue<string>() ?? "").ToArray(),
                JsonValue one => [one.GetValue<string>()],
                _ => throw new InvalidOperationException($"header '{name}' must be a text or a list of texts"),
            };
        }
        slot.Answer = new HttpAnswer(status, text, contentType, headers);
        context.Note = $"HTTP {status} answered";
        return ValueTask.FromResult(ActivityResult.Done);
    }

    private static int StatusOf(JsonNode? status)
    {
        if (status is null) return (int)HttpStatusCode.OK;
        var code = status.GetValueKind() switch
        {
            JsonValueKind.Number => status.GetValue<int>(),
            JsonValueKind.String when Enum.TryParse<HttpStatusCode>(status.GetValue<string>(), ignoreCase: true, out var named) => (int)named,
            _ => 0,
        };
        return code is >= 200 and <= 599 ? code : throw new InvalidOperationException($"statusCode {status.ToJsonString()} is not an HTTP status from 200 to 599");
    }
}
