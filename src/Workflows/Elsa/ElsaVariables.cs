using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Elsa;

/// <summary>
/// A workflow's variables as Elsa declares them, <c>[{ id, name, typeName, value }]</c> with the initial value as text,
/// and as ours: names with typed initial values. Elsa refers to a variable by its id (SetVariable, a Variable
/// expression), so the ids are kept to find the names.
/// </summary>
public sealed class ElsaVariables
{
    private const string StorageDriver = "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core";

    private readonly Dictionary<string, string> _namesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _typeNames = new(StringComparer.Ordinal);

    private ElsaVariables(JsonObject initial) => Initial = initial;

    /// <summary>Every variable by name with its initial value, in declaration order.</summary>
    public JsonObject Initial { get; }

    /// <summary>The variables of an enclosing workflow, which a nested flowchart sees as well as its own.</summary>
    public ElsaVariables Nested(JsonNode? declarations, Action<string> refuse, params string[] locals)
    {
        var nested = new ElsaVariables((JsonObject)Initial.DeepClone());
        foreach (var (id, name) in _namesById) nested._namesById[id] = name;
        foreach (var (name, type) in _typeNames) nested._typeNames[name] = type;
        nested.Declare(declarations, refuse);
        foreach (var local in locals) nested.Initial[local] = null;
        return nested;
    }

    public static ElsaVariables Read(JsonNode? declarations, Action<string> refuse)
    {
        var variables = new ElsaVariables([]);
        variables.Declare(declarations, refuse);
        return variables;
    }

    /// <summary>The name a variable id (or name) stands for; null when no variable has it.</summary>
    public string? NameOf(string idOrName) =>
        _namesById.TryGetValue(idOrName, out var name) ? name : _typeNames.ContainsKey(idOrName) ? idOrName : null;

    public string? TypeNameOf(string name) => _typeNames.GetValueOrDefault(name);

    private void Declare(JsonNode? declarations, Action<string> refuse)
    {
        if (declarations is null) return;
        if (declarations is not JsonArray list)
        {
            refuse("'variables' must be a list");
            return;
        }
        foreach (var item in list)
        {
            if (item is not JsonObject declaration)
            {
                refuse("a variable is not an object { id, name, typeName, value }");
                continue;
            }
            var name = (declaration["name"] as JsonValue)?.ToString();
            if (string.IsNullOrWhiteSpace(name))
            {
                refuse("a variable has no 'name'");
                continue;
            }
            var typeName = (declaration["typeName"] as JsonValue)?.ToString();
            if (declaration["isArray"] is JsonValue array && array.GetValueKind() == JsonValueKind.True) typeName = "Object[]";
            _typeNames[name] = typeName;
            if ((declaration["id"] as JsonValue)?.ToString() is { Length: > 0 } id) _namesById[id] = name;
            Initial[name] = InitialValue(declaration["value"], typeName, message => refuse($"variable '{name}': {message}"));
        }
    }

    /// <summary>Elsa keeps an initial value as text; an Object variable's text is JSON when it reads as JSON.</summary>
    private static JsonNode? InitialValue(JsonNode? value, string? typeName, Action<string> refuse)
    {
        if (typeName is null or "Object" && value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return JsonValue.Create(text);
            }
        }
        return ElsaExpression.ReadLiteral(value, typeName, refuse);
    }

    /// <summary>Elsa's declarations of our variables; a variable's id is its name, which is unique as ids must be.</summary>
    public static JsonArray Write(JsonObject variables, IEnumerable<string>? only = null)
    {
        var names = only?.ToHashSet();
        var list = new JsonArray();
        foreach (var (name, value) in variables)
        {
            if (names is not null && !names.Contains(name)) continue;
            var input = ElsaExpression.Write(value);
            var typeName = input["typeName"]!.GetValue<string>();
            list.Add(new JsonObject
            {
                ["id"] = name,
                ["name"] = name,
                ["typeName"] = typeName,
                ["isArray"] = false,
                ["value"] = value is null ? null : input["expression"]!["value"]!.GetValue<string>(),
                ["storageDriverTypeName"] = StorageDriver,
            });
        }
        return list;
    }
}
