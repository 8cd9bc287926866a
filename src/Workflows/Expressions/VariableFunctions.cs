using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Workflows.Expressions;

/// <summary>
/// Elsa's ways for a script to reach the instance's variables: the object <c>variables</c>, <c>getVariable(name)</c>
/// and <c>setVariable(name, value)</c>, and for a variable <c>counter</c> the accessors <c>getCounter()</c> and
/// <c>setCounter(value)</c>. All of them read and write the one <c>variables</c> object, and what it holds once the script
/// is done is compared with what it was given (<see cref="Changes"/>), which is how the writes leave the sandbox.
/// </summary>
internal static class VariableFunctions
{
    public const string Global = "variables";

    /// <summary>Puts <paramref name="json"/> (the variables as JSON) into the engine, with the functions over it.</summary>
    public static void Install(Engine engine, string json, JsonObject names, string expression)
    {
        var variables = new JsonParser(engine).Parse(json).AsObject();
        engine.SetValue(Global, variables);
        engine.SetValue("getVariable", new ClrFunction(engine, "getVariable", (_, arguments) => Get(engine, Name(arguments))));
        engine.SetValue("setVariable", new ClrFunction(engine, "setVariable", (_, arguments) => Set(engine, Name(arguments), arguments.Length > 1 ? arguments[1] : JsValue.Undefined)));
        // Accessors are made only for the variables the script names, since each one costs a function object per evaluation.
        if (!expression.Contains("get", StringComparison.Ordinal) && !expression.Contains("set", StringComparison.Ordinal)) return;
        foreach (var (name, _) in names)
        {
            var accessor = Accessor(name);
            if (accessor is null) continue;
            if (expression.Contains("get" + accessor, StringComparison.Ordinal))
                engine.SetValue("get" + accessor, new ClrFunction(engine, "get" + accessor, (_, _) => Get(engine, name)));
            if (expression.Contains("set" + accessor, StringComparison.Ordinal))
                engine.SetValue("set" + accessor, new ClrFunction(engine, "set" + accessor, (_, arguments) => Set(engine, name, arguments.Length > 0 ? arguments[0] : JsValue.Undefined)));
        }
    }

    /// <summary>
    /// The variables whose value differs from the one in <paramref name="before"/> (new ones included), as JSON. Writing
    /// them out is reserved in <paramref name="budget"/> first, as <c>JSON.stringify</c> is, so a script cannot make the
    /// write-back build what the sandbox would have refused.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonNode?> Changes(Engine engine, AllocationBudget budget, string json, JsonObject before)
    {
        if (engine.GetValue(Global) is not ObjectInstance variables) return Evaluation.NoChanges;
        budget.Reserve(JsonTextSize.Estimate(variables, 0, budget.Bytes / sizeof(char)));
        var text = new JsonSerializer(engine).Serialize(variables);
        budget.Check();
        if (!text.IsString() || text.AsString() == json) return Evaluation.NoChanges;
        var after = JsonNode.Parse(text.AsString())!.AsObject();
        var changed = new Dictionary<string, JsonNode?>();
        foreach (var name in after.Select(p => p.Key).ToList())
        {
            var value = after[name];
            if (before.TryGetPropertyValue(name, out var old) && JsonNode.DeepEquals(old, value)) continue;
            after.Remove(name);
            changed[name] = value;
        }
        return changed.Count == 0 ? Evaluation.NoChanges : changed;
    }

    private static JsValue Get(Engine engine, string name)
    {
        var value = engine.GetValue(Global) is ObjectInstance variables ? variables.Get(name) : JsValue.Undefined;
        return value.IsUndefined() ? JsValue.Null : value;
    }

    private static JsValue Set(Engine engine, string name, JsValue value)
    {
        if (engine.GetValue(Global) is ObjectInstance variables) variables.Set(name, value, throwOnError: true);
        return JsValue.Undefined;
    }

    private static string Name(JsValue[] arguments) =>
        arguments.Length > 0 ? TypeConverter.ToString(arguments[0]) : throw new JavaScriptException("a variable's name is required");

    /// <summary>The accessor's name part, as Elsa makes it: the name with its first letter upper-cased; null when the name is no identifier.</summary>
    private static string? Accessor(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$')
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : null;
}
