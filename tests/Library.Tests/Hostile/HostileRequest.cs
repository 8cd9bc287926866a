using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Library.Tests.Hostile;

/// <summary>A request to one operation of the contract, as a hostile client would send it; built afresh for every send.</summary>
public sealed record HostileRequest(string Method, string Url, string Body, Func<HttpContent?> Content)
{
    /// <summary>Path segments that are not ids, or are ids of nothing.</summary>
    /// <remarks>
    /// No NUL: the in-memory server's client cannot carry one in a path, and Kestrel refuses such a request line
    /// itself (400) before the service sees it.
    /// </remarks>
    private static readonly string[] OddSegments =
    [
        "0", "-1", "2147483648", "99999999999999999999", "00000000-0000-0000-0000-000000000000", "6a1f0b8e-0000-4000-8000-000000000000",
        "not-a-guid", "..", ".", " ", "%", "é", "👍", "\u202E", "a/b", "null", "{id}", "1.5", "1e308", "9999-12-31", new string('x', 5000),
    ];

    private static readonly string[] FileTypes = ["application/pdf", "text/plain", "application/octet-stream", "image/svg+xml", "application/x-msdownload", ""];

    public HttpRequestMessage Build() => new(new HttpMethod(Method), Url) { Content = Content() };

    public override string ToString() => $"{Method} {Shorten(Url)} {Shorten(Body)}";

    /// <param name="known">A real value for a path parameter of this path (an existing request's id, say), if there is one.</param>
    /// <param name="plausible">A value that gets a body member past the first check (a known barcode, say), by member name.</param>
    public static Gen<HostileRequest> For(ContractOperation operation, Func<string, string, string?> known, Func<string, string?> plausible)
    {
        var url = Gen.Select(PathFor(operation, known), QueryFor(operation)).Select((path, query) => path + query);
        var body = operation.Writes ? BodyFor(operation, plausible) : Gen.Const(("(no body)", (Func<HttpContent?>)(() => null)));
        return Gen.Select(url, body).Select((u, b) => new HostileRequest(operation.Method, u, b.Item1, b.Item2));
    }

    private static Gen<string> PathFor(ContractOperation operation, Func<string, string, string?> known)
    {
        var segments = operation.PathParameters.Select(parameter =>
        {
            var odd = Gen.Frequency((3, Gen.OneOf(OddSegments)), (1, Gen.String[1, 20].Where(s => !s.Contains('\0') && !s.Any(char.IsSurrogate)))).Select(Uri.EscapeDataString);
            // A real id reaches the handler's own checks; a DELETE is only sent odd ones, so that what the other cases
            // work on is still there.
            return known(operation.Path, parameter.Name) is { } value && operation.Method != "DELETE"
                ? Gen.Frequency((3, Gen.Const(Uri.EscapeDataString(value))), (2, odd))
                : odd;
        }).ToArray();
        if (segments.Length == 0) return Gen.Const(operation.Path);
        return HostileJson.All(segments).Select(values => operation.PathParameters.Zip(values)
            .Aggregate(operation.Path, (path, p) => path.Replace($"{{{p.First.Name}}}", p.Second)));
    }

    private static Gen<string> QueryFor(ContractOperation operation)
    {
        var pairs = operation.QueryParameters.Select(parameter =>
        {
            var values = parameter.Schema["enum"] is JsonArray choices ? choices.Select(c => (string)c!).ToArray() : [];
            var value = Gen.Frequency(
                (3, Gen.OneOf(HostileJson.OddTexts)), (2, Gen.OneOf(HostileJson.OddNumbers)), (2, Gen.OneOf(HostileJson.OddDates)),
                (values.Length > 0 ? 2 : 0, values.Length > 0 ? Gen.OneOf(values) : Gen.Const("")));
            // Left out, sent once, or sent twice.
            return Gen.Select(Gen.Int[0, 2], value, value).Select((times, first, second) => times switch
            {
                0 => "",
                1 => $"{parameter.Name}={Uri.EscapeDataString(first)}",
                _ => $"{parameter.Name}={Uri.EscapeDataString(first)}&{parameter.Name}={Uri.EscapeDataString(second)}",
            });
        }).Append(Gen.Frequency((4, Gen.Const("")), (1, Gen.OneOf("x=%00", "%=%", "a=1&a", "&&", "=", "limit=-1"))))
            .ToArray();
        return HostileJson.All(pairs).Select(parts => parts.Any(p => p.Length > 0) ? "?" + string.Join('&', parts.Where(p => p.Length > 0)) : "");
    }

    private static Gen<(string, Func<HttpContent?>)> BodyFor(ContractOperation operation, Func<string, string?> plausible)
    {
        var schema = operation.Bodies.GetValueOrDefault("application/json");
        var form = operation.Bodies.GetValueOrDefault("multipart/form-data");
        var json = schema is null ? HostileJson.AnyValue
            : schema["properties"]?["activities"] is not null ? HostileJson.Definition(plausible)
            : HostileJson.For(schema, plausible);
        return Gen.Frequency(
            (schema is null ? 1 : 8, json.Select(text => Text(text, "application/json"))),
            (2, HostileJson.AnyValue.Select(text => Text(text, "application/json"))),
            (2, Gen.OneOf(HostileJson.Malformed).Select(text => Text(text, "application/json"))),
            (form is null ? 1 : 8, Multipart(form)),
            (1, json.Select(text => Text(text, "text/plain"))),
            (1, Gen.Const(Text("<request><barcode>39001000999</barcode></request>", "application/xml"))),
            (1, Gen.Const(Text("barcode=39001000999&note=%00&note=2", "application/x-www-form-urlencoded"))),
            (1, json.Select(text => Text(text, "application/json; charset=utf-16"))),
            (1, json.Select(text => Text(text, null))),
            (1, Gen.Const(("invalid UTF-8 {\"a\":\"\\xC3(\"}", (Func<HttpContent?>)(() => Typed(new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]), "application/json"))))),
            (1, Gen.Const(("(no body)", (Func<HttpContent?>)(() => null)))));
    }

    private static (string, Func<HttpContent?>) Text(string text, string? mediaType) =>
        ($"{mediaType ?? "(no content type)"} {text}", () =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            return mediaType is null ? content : Typed(content, mediaType);
        });

    private static HttpContent Typed(HttpContent content, string mediaType)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>A form with the schema's fields (and <c>file</c>) holding odd text, odd files, or nothing.</summary>
    private static Gen<(string, Func<HttpContent?>)> Multipart(JsonObject? schema)
    {
        var names = (schema?["allOf"]?.AsArray() ?? [])
            .SelectMany(part => part!["properties"]!.AsObject().Select(p => p.Key)).Append("file").Distinct().ToArray();
        // A header cannot carry control characters, nor HttpClient an empty file name, so file names keep the rest of the oddities.
        var fileName = Gen.OneOf(HostileJson.OddTexts.Where(t => t.Trim().Length > 0 && !t.Any(char.IsControl) && !t.Any(char.IsSurrogate))
            .Append("scan.pdf").ToArray());
        var file = Gen.Select(fileName, Gen.OneOf(FileTypes), Gen.OneOf(0, 1, 1000, 200_000))
            .Select((name, type, size) => (Name: name, Type: type, Size: size));
        var field = Gen.Select(Gen.OneOf(names), Gen.Bool, HostileJson.OddText, file);
        return field.Array[0, 5].Select(fields =>
        {
            var description = "multipart " + string.Join("; ", fields.Select(f => f.Item2 ? $"{f.Item1}=file({Shorten(f.Item4.Name)}, {f.Item4.Type}, {f.Item4.Size} B)" : $"{f.Item1}={Shorten(f.Item3)}"));
            return (description, (Func<HttpContent?>)(() =>
            {
                var content = new MultipartFormDataContent();
                foreach (var (name, isFile, text, (fileName, type, size)) in fields)
                {
                    if (!isFile)
                    {
                        content.Add(new StringContent(text), name);
                        continue;
                    }
                    var bytes = new ByteArrayContent(new byte[size]);
                    if (type.Length > 0) bytes.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
                    content.Add(bytes, name, fileName);
                }
                return content;
            }));
        });
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} characters)";
}
