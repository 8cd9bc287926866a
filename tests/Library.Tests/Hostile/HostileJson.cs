using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Library.Tests.Hostile;

/// <summary>
/// JSON text a careless or hostile client could send: values of the shape a schema asks for but with odd content,
/// random and malformed JSON, extreme dates and numbers, odd Unicode, huge strings, deep nesting, duplicate keys.
/// Built as text rather than through a serializer, so that what no serializer writes (a lone surrogate, a duplicate
/// key, a number past double's range) can be sent.
/// </summary>
public static class HostileJson
{
    /// <summary>Strings that have broken services: empty, control characters, direction overrides, zero-width, emoji, markup, paths.</summary>
    public static readonly string[] OddTexts =
    [
        "", " ", "\0", "a\0b", "\u202Eevil\u202C", "\u200B", "\u200F\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\uFEFF", "👍🏽", "👨‍👩‍👧‍👦",
        "e\u0301", "\ud800", "\udfff", "x\ud800y", "\r\n", "\t", "null", "undefined", "NaN", "true", "<script>alert(1)</script>",
        "'; DROP TABLE digitization_requests;--", "../../etc/passwd", "%00", "{}", "[]", "${7*7}", "{{7*7}}",
        "a@b", "@", "reader@example.org\n", "ünïcödé@exämple.org", new string('x', 300), new string('\u0644', 300),
    ];

    /// <summary>Dates at and past the ends of the calendar, and ones that are not dates.</summary>
    public static readonly string[] OddDates =
    [
        "9999-12-31", "0001-01-01", "0000-00-00", "2026-02-30", "2026-13-01", "10000-01-01", "-0001-01-01", "9999-12-31T23:59:59.9999999Z",
        "0001-01-01T00:00:00+14:00", "2026-06-01T25:00:00", "2026-06-01Z", "20260601", "1.1.2026", "today", "",
    ];

    /// <summary>Number literals past the ends of every numeric type, negative zero, fractions where integers belong.</summary>
    public static readonly string[] OddNumbers =
    [
        "0", "-0", "-1", "1.5", "1e308", "-1e308", "1e309", "4.9e-324", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "1E+2", "0.0000000000000000000001",
    ];

    /// <summary>Text that is not JSON, or not quite.</summary>
    public static readonly string[] Malformed =
    [
        "", " ", "{", "}", "[", "{\"a\":", "{\"a\":1,}", "[1,]", "{'a':1}", "{a:1}", "{\"a\":1}}", "\uFEFF{}", "NaN", "Infinity", "undefined",
        "{\"a\":\"\0\"}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "// comment\n{}", "{\"a\":1}/*", "nul", "tru", "\"unterminated", "<a/>",
        "a=1&b=2", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x10}",
    ];

    public static readonly Gen<string> OddText = Gen.Frequency(
        (8, Gen.OneOf(OddTexts)),
        (3, Gen.String[0, 30]),
        (1, Gen.OneOf("x", "é", "\u202E", "👍").Select(c => string.Concat(Enumerable.Repeat(c, 1_000_000 / c.Length)))));

    public static readonly Gen<string> OddString = Gen.Frequency(
        (6, OddText.Select(Quote)),
        (2, Gen.OneOf(OddDates).Select(Quote)),
        (1, Gen.OneOf(OddNumbers).Select(Quote)));

    public static readonly Gen<string> OddScalar = Gen.Frequency(
        (4, OddString),
        (3, Gen.OneOf(OddNumbers)),
        (1, Gen.OneOf("true", "false", "null")));

    /// <summary>Any JSON value, nested a few levels, with odd keys and some keys twice.</summary>
    public static readonly Gen<string> AnyValue = Gen.Recursive<string>((depth, value) => depth >= 3
        ? OddScalar
        : Gen.Frequency(
            (4, OddScalar),
            (1, value.Array[0, 4].Select(items => $"[{string.Join(',', items)}]")),
            (2, Gen.Select(Gen.OneOf(OddTexts).Select(Quote), value).Array[0, 4].Select(Object)),
            (1, Gen.Int[65, 2000].SelectMany(levels => Gen.OneOf(Nested('[', ']', levels), Nested('{', '}', levels, "\"a\":"))))));

    /// <summary>A body for the schema: mostly its shape with odd content, sometimes plausible content, sometimes anything.</summary>
    public static Gen<string> For(JsonObject schema, Func<string, string?> plausible, int depth = 0)
    {
        schema = ContractOperation.Resolve(schema);
        if (schema["oneOf"] is JsonArray choices)
            return Gen.OneOf(choices.Select(choice => For(choice!.AsObject(), plausible, depth)).ToArray());
        var types = schema["type"] switch
        {
            JsonArray several => several.Select(t => (string)t!).ToArray(),
            JsonValue one => [(string)one!],
            _ => [],
        };
        if (schema["enum"] is JsonArray values)
            return Gen.Frequency((3, Gen.OneOf(values.Select(v => v!.ToJsonString()).ToArray())), (1, OddScalar));
        if (types.Contains("object") && schema["properties"] is JsonObject properties && depth < 6)
            return ObjectFor(schema, properties, plausible, depth);
        if (types.Contains("array") && schema["items"] is JsonObject items && depth < 6)
            return Gen.Frequency(
                (3, For(items, plausible, depth + 1).Array[0, 3].Select(array => $"[{string.Join(',', array)}]")),
                (1, AnyValue));
        var format = (string?)schema["format"];
        var odd = format is "date" or "date-time" ? Gen.Frequency((3, Gen.OneOf(OddDates).Select(Quote)), (1, AnyValue))
            : types.Contains("integer") || types.Contains("number") ? Gen.Frequency((3, Gen.OneOf(OddNumbers)), (1, AnyValue))
            : types.Contains("object") ? AnyValue
            : Gen.Frequency((3, OddString), (1, AnyValue));
        return odd;
    }

    /// <summary>
    /// A workflow definition: one of the shipped ones with a few of its values replaced, or the schema's shape with
    /// activity types and expressions a designer could type.
    /// </summary>
    public static Gen<string> Definition(Func<string, string?> plausible)
    {
        var shipped = Directory.GetFiles(Path.Combine(Contract.OpenApiDocumentTests.RepositoryRoot(), "workflow-definitions"), "*.json")
            .Select(File.ReadAllText).ToArray();
        var expression = Gen.OneOf(
            "/(a+)+$/.test('a'.repeat(30) + 'b')", "'x'.repeat(2**28)", "while(true){}", "variables.", ")", "variables.requestId", "null", "",
            "(function f() { return f(); })()", "new Array(2**30).fill(0)");
        var mutation = Gen.Frequency(
            (3, AnyValue),
            (2, expression.Select(e => $"{{\"expression\":{Quote(e)}}}")),
            (1, Gen.OneOf("Start", "End", "Decision", "SetVariable", "SendEmail", "Signal", "Fork", "Join", "Timer", "ChildWorkflow", "Nope").Select(Quote)));
        var mutated = Gen.Select(Gen.OneOf(shipped), Gen.Int[0, int.MaxValue].Array[0, 3], mutation.Array[4])
            .Select((text, picks, values) => Mutate(text, picks, values));
        var schema = ContractOperation.Resolve(new JsonObject { ["$ref"] = "#/components/schemas/WorkflowDefinition" });
        return Gen.Frequency((3, mutated), (1, ObjectFor(schema, schema["properties"]!.AsObject(), plausible, 0)));
    }

    /// <summary>One value from each generator, in order.</summary>
    public static Gen<string[]> All(IEnumerable<Gen<string>> generators) =>
        generators.Aggregate(Gen.Const(Array.Empty<string>()), (values, next) => Gen.Select(values, next, (a, v) => a.Append(v).ToArray()));

    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                // Control characters and lone surrogates written as escapes: "\ud800" is valid JSON text that no
                // UTF-8 encoder could otherwise carry.
                _ when c < ' ' || char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return json.Append('"').ToString();
    }

    private static Gen<string> ObjectFor(JsonObject schema, JsonObject properties, Func<string, string?> plausible, int depth)
    {
        var required = (schema["required"]?.AsArray() ?? []).Select(r => (string)r!).ToHashSet();
        var members = properties.Select(property =>
        {
            // Mostly a value that passes (so that the odd member beside it is what the service judges), sometimes an odd one.
            var reasonable = plausible(property.Key) is { } known ? Gen.Const(known) : Reasonable(property.Value!.AsObject(), plausible, depth + 1);
            var value = Gen.Frequency((5, reasonable), (2, For(property.Value!.AsObject(), plausible, depth + 1)));
            // Required members are usually there (to get past the first check), optional ones half the time; a
            // member is sometimes sent twice with a second value.
            return Gen.Select(Gen.Int[0, 99], value, value).Select((roll, first, second) =>
                roll < (required.Contains(property.Key) ? 90 : 50) ? $"{Quote(property.Key)}:{first}"
                : roll < 96 ? ""
                : $"{Quote(property.Key)}:{first},{Quote(property.Key)}:{second}");
        }).ToArray();
        var extra = Gen.Frequency((9, Gen.Const("")), (1, Gen.Select(Gen.OneOf(OddTexts).Select(Quote), AnyValue).Select((k, v) => $"{k}:{v}")));
        return Gen.Select(All(members), extra)
            .Select((parts, more) => "{" + string.Join(',', parts.Append(more).Where(p => p.Length > 0)) + "}");
    }

    /// <summary>A value of the schema's type that a validator would let through, for a member nothing more is known about.</summary>
    private static Gen<string> Reasonable(JsonObject schema, Func<string, string?> plausible, int depth)
    {
        schema = ContractOperation.Resolve(schema);
        if (schema["oneOf"] is JsonArray choices)
            return Reasonable(choices.Select(c => ContractOperation.Resolve(c!.AsObject())).FirstOrDefault(c => (string?)c["type"] != "null") ?? [], plausible, depth);
        if (schema["enum"] is JsonArray values) return Gen.OneOf(values.Select(v => v!.ToJsonString()).ToArray());
        var types = schema["type"] switch
        {
            JsonArray several => several.Select(t => (string)t!).ToArray(),
            JsonValue one => [(string)one!],
            _ => [],
        };
        if (types.Contains("object") && schema["properties"] is JsonObject properties && depth < 6)
            return ObjectFor(schema, properties, plausible, depth);
        if (types.Contains("array") && schema["items"] is JsonObject items && depth < 6)
            return Reasonable(items, plausible, depth + 1).Select(item => $"[{item}]");
        return (string?)schema["format"] switch
        {
            "date" => Gen.Const("\"2027-03-15\""),
            "date-time" => Gen.Const("\"2027-03-15T10:00:00Z\""),
            "uuid" => Gen.Const($"\"{Guid.NewGuid()}\""),
            _ when types.Contains("integer") || types.Contains("number") => Gen.Int[1, 5].Select(n => n.ToString()),
            _ when types.Contains("boolean") => Gen.OneOf("true", "false"),
            _ when types.Contains("object") => Gen.Const("{}"),
            _ => Gen.Const("\"Le Rouge et le Noir\""),
        };
    }

    private static string Object(IEnumerable<(string Key, string Value)> members) =>
        "{" + string.Join(',', members.Select(m => $"{m.Key}:{m.Value}")) + "}";

    private static string Nested(char open, char close, int levels, string key = "") =>
        string.Concat(Enumerable.Repeat(open + key, levels)) + "1" + new string(close, levels);

    /// <summary>The definition with some of its values (picked by the numbers) replaced by <paramref name="values"/>.</summary>
    private static string Mutate(string text, int[] picks, string[] values)
    {
        var root = JsonNode.Parse(text)!;
        // Published under an id of its own: a valid definition holding a runaway expression must not become the version
        // the other cases' requests start on.
        root["id"] = $"hostile-{root["id"]}";
        var nodes = new List<JsonNode>();
        void Collect(JsonNode node)
        {
            nodes.Add(node);
            foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
                if (child is not null) Collect(child);
        }
        Collect(root);
        var replacements = new Dictionary<JsonNode, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < picks.Length; i++)
        {
            var node = nodes[picks[i] % nodes.Count];
            if (node != root) replacements.TryAdd(node, values[i % values.Length]);
        }
        var json = new StringBuilder();
        void Write(JsonNode? node)
        {
            if (node is not null && replacements.TryGetValue(node, out var replacement)) json.Append(replacement);
            else if (node is JsonObject o)
            {
                json.Append('{');
                var first = true;
                foreach (var (key, value) in o)
                {
                    if (!first) json.Append(',');
                    first = false;
                    json.Append(Quote(key)).Append(':');
                    Write(value);
                }
                json.Append('}');
            }
            else if (node is JsonArray a)
            {
                json.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) json.Append(',');
                    Write(a[i]);
                }
                json.Append(']');
            }
            else json.Append(node?.ToJsonString() ?? "null");
        }
        Write(root);
        return json.ToString();
    }
}
