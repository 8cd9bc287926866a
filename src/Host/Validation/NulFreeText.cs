using System.Text.Json;

namespace Library.Host.Validation;

/// <summary>
/// Refuses, before any endpoint runs, a query parameter or a JSON body's string holding the NUL character (U+0000),
/// naming where it is: PostgreSQL cannot store or compare text with one (a 500 there, stored as is on SQLite), and no
/// field of the API needs it. Kestrel already refuses one in the path. It is looked for here rather than in a JSON
/// converter for strings, which would hide the strings' types from the OpenAPI document.
/// </summary>
public sealed class NulFreeText(RequestDelegate next)
{
    private const string Refusal = "Text may not hold the NUL character (\\u0000).";

    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        var request = http.Request;
        var where = request.Query.FirstOrDefault(p => p.Key.Contains('\0') || p.Value.Any(v => v?.Contains('\0') == true)).Key?.Replace('\0', ' ');
        if (where is null && request.HasJsonContentType())
        {
            request.EnableBuffering();
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, http.RequestAborted);
            request.Body.Position = 0;
            where = NulIn(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        if (where is null)
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.", Detail = $"'{where}': {Refusal}",
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [where] = [Refusal] } },
            },
        });
    }

    /// <summary>
    /// The path (<c>item.title</c>, <c>barcodes[1]</c>) of the first string or name holding a NUL, or null. A NUL can
    /// only be there escaped.
    /// </summary>
    private static string? NulIn(ReadOnlySpan<byte> json)
    {
        // Nearly every body has no such escape, and finding that needs no walk of the tree with its paths.
        if (json.IndexOf("\\u0000"u8) < 0) return null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        // Per open container: its path, and for an array the index of its next element.
        var containers = new Stack<(string Path, int Next)>();
        var name = "";
        try
        {
            while (reader.Read())
            {
                var here = containers.Count == 0 ? "" : containers.Peek().Next >= 0 ? $"{containers.Peek().Path}[{containers.Peek().Next}]"
                    : containers.Peek().Path.Length == 0 ? name : $"{containers.Peek().Path}.{name}";
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString()!;
                        if (name.Contains('\0')) return Member(containers, name.Replace('\0', ' '));
                        continue;
                    case JsonTokenType.StartObject:
                        containers.Push((here, -1));
                        continue;
                    case JsonTokenType.StartArray:
                        containers.Push((here, 0));
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.Pop();
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped && reader.GetString()!.Contains('\0'):
                        return here.Length == 0 ? "body" : here;
                }
                // A value ended: an array's next one has the next index.
                if (containers.Count > 0 && containers.Peek().Next >= 0)
                {
                    var array = containers.Pop();
                    containers.Push((array.Path, array.Next + 1));
                }
            }
        }
        // Not JSON, or a string that is not text (a lone surrogate's escape): the endpoint's reader says what is wrong.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }
        return null;
    }

    private static string Member(Stack<(string Path, int Next)> containers, string name) =>
        containers.Count == 0 || containers.Peek().Path.Length == 0 ? name : $"{containers.Peek().Path}.{name}";
}
