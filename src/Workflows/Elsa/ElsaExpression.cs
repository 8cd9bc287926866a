using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Elsa;

/// <summary>
/// An activity input in Elsa's form, <c>{ "typeName", "expression": { "type", "value" } }</c>, and ours: a JSON literal
/// or <c>{ "expression": "&lt;JavaScript&gt;" }</c>. Elsa writes literals as text and names their type beside them, so
/// reading converts the text by that type; writing names the type of the value, so reading it back gives the same JSON.
/// </summary>
public static class ElsaExpression
{
    public const string Literal = "Literal", JavaScript = "JavaScript", ObjectLiteral = "Object", Variable = "Variable";

    /// <summary>The expression languages that can be imported; Liquid, C# and Python have no evaluator here.</summary>
    public static readonly IReadOnlyList<string> Languages = [Literal, ObjectLiteral, Variable, JavaScript];

    private static readonly HashSet<string> Numbers = ["Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Byte", "Double", "Single", "Decimal"];

    /// <summary>
    /// Our value of an Elsa input; null when the input is unset. <paramref name="refuse"/> is told what cannot be read
    /// (an expression language without an evaluator here, a literal that is not of its type); the result is then null.
    /// </summary>
    /// <param name="variableName">The name of the variable an Elsa variable id (or name) stands for; null when there is none.</param>
    public static JsonNode? Read(JsonNode? input, Func<string, string?> variableName, Action<string> refuse)
    {
        // A bare scalar is a literal of the input's type, as Elsa's input converter reads it.
        if (input is not JsonObject elsa) return input?.DeepClone();
        var typeName = (elsa["typeName"] as JsonValue)?.ToString();
        if (elsa["expression"] is not JsonObject expression) return null;
        var type = (expression["type"] as JsonValue)?.ToString() ?? Literal;
        var value = expression["value"];
        switch (type)
        {
            case Literal:
                return ReadLiteral(value, typeName, refuse);
            case ObjectLiteral:
                if (value is JsonValue v && v.TryGetValue<string>(out var text)) return ParseJson(text, refuse);
                return value?.DeepClone();
            case JavaScript:
                return value is JsonValue script && script.TryGetValue<string>(out var code) && code.Length > 0
                    ? new JsonObject { ["expression"] = code }
                    : null;
            case Variable:
                var reference = value is JsonObject o ? (o["id"] ?? o["name"])?.ToString() : value?.ToString();
                if (reference is null) return null;
                if (variableName(reference) is { } name) return new JsonObject { ["expression"] = $"getVariable({JsonSerializer.Serialize(name)})" };
                refuse($"refers to variable '{reference}', which the workflow does not declare");
                return null;
            default:
                refuse($"is a {type} expression; only {string.Join(", ", Languages)} expressions can be imported");
                return null;
        }
    }

    /// <summary>
    /// A literal converted as Elsa converts it to <paramref name="typeName"/>: numbers and booleans from their text,
    /// collections and header maps from JSON text, anything else kept as text.
    /// </summary>
    public static JsonNode? ReadLiteral(JsonNode? value, string? typeName, Action<string> refuse)
    {
        if (value is not JsonValue scalar || !scalar.TryGetValue<string>(out var text)) return value?.DeepClone();
        var type = ShortName(typeName);
        if (Numbers.Contains(type) || type == "HttpStatusCode" && text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            if (text.Length == 0) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && JsonNode.Parse(text) is JsonValue number) return number;
            refuse($"'{text}' is not a number ({typeName})");
            return null;
        }
        if (type == "Boolean")
        {
            if (text.Length == 0) return null;
            if (bool.TryParse(text, out var flag)) return JsonValue.Create(flag);
            refuse($"'{text}' is not true or false");
            return null;
        }
        if (type == "TimeSpan")
        {
            if (text.Length == 0) return null;
            if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out _)) return JsonValue.Create(text);
            if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)) return JsonValue.Create(span.ToString("c", CultureInfo.InvariantCulture));
            refuse($"'{text}' is not a duration (d.hh:mm:ss)");
            return null;
        }
        if (IsCollection(type))
        {
            if (text.Length == 0) return null;
            var parsed = ParseJson(text, refuse);
            if (parsed is JsonArray or JsonObject) return parsed;
            refuse($"'{text}' is not a JSON list or object ({typeName})");
            return null;
        }
        return JsonValue.Create(text);
    }

    /// <summary>
    /// Elsa's form of one of our input values. <paramref name="typeName"/> is the type the input takes: it names an
    /// expression's result, and a text literal's type where reading the text back by it gives the same value; other
    /// literals are named by their own JSON kind, so that reading them back gives the same JSON.
    /// </summary>
    public static JsonObject Write(JsonNode? value, string typeName = "Object")
    {
        if (value is JsonObject { Count: 1 } o && o["expression"] is JsonValue e && e.TryGetValue<string>(out var script))
            return Input(typeName, JavaScript, script);
        switch (value is JsonValue scalar ? scalar.GetValueKind() : JsonValueKind.Undefined)
        {
            case JsonValueKind.String:
                return Input(typeName is "String" or "TimeSpan" || IsStatusCode(typeName) ? typeName : "String", Literal, value!.GetValue<string>());
            case JsonValueKind.True or JsonValueKind.False:
                return Input("Boolean", Literal, value!.ToJsonString());
            case JsonValueKind.Number:
                var number = value!.ToJsonString();
                var whole = long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer);
                return Input(IsStatusCode(typeName) ? typeName : !whole ? "Double" : integer is >= int.MinValue and <= int.MaxValue ? "Int32" : "Int64",
                    Literal, number);
        }
        var texts = value is JsonArray list && list.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String);
        return Input(texts ? "String[]" : "Object", ObjectLiteral, value?.ToJsonString() ?? "null");
    }

    private static bool IsStatusCode(string typeName) => ShortName(typeName) == "HttpStatusCode";

    private static JsonObject Input(string typeName, string language, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = language, ["value"] = value } };

    private static JsonNode? ParseJson(string text, Action<string> refuse)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            refuse($"'{text}' is not JSON: {e.Message}");
            return null;
        }
    }

    /// <summary><c>System.Net.HttpStatusCode, System.Net.Primitives</c> → <c>HttpStatusCode</c>; aliases stay as they are.</summary>
    private static string ShortName(string? typeName)
    {
        var name = (typeName ?? "").Split(',')[0].Trim();
        return name.Contains('<') ? name : name[(name.LastIndexOf('.') + 1)..];
    }

    private static bool IsCollection(string type) =>
        type.EndsWith("[]", StringComparison.Ordinal) || type.StartsWith("List<", StringComparison.Ordinal)
        || type.StartsWith("IEnumerable<", StringComparison.Ordinal) || type.StartsWith("ICollection<", StringComparison.Ordinal)
        || type is "HttpHeaders" or "ExpandoObject" or "JsonObject" or "JsonArray";
}
