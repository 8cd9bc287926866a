using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Workflows.Expressions;

/// <summary>
/// Evaluates JavaScript expressions over an instance's variables in a sandbox: no access to .NET types, no
/// I/O, and limits on time, statements, memory and recursion. Scripts are parsed once and reused.
/// </summary>
public sealed class ExpressionEvaluator
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<string, Prepared<Script>> _prepared = new();

    /// <summary>Evaluates <paramref name="expression"/> with the variables visible as <c>variables</c>.</summary>
    public JsonNode? Evaluate(string expression, JsonObject variables)
    {
        var script = _prepared.GetOrAdd(expression, Prepare);
        var engine = new Engine(options => options
            .Strict()
            .TimeoutInterval(TimeLimit)
            .MaxStatements(10_000)
            .LimitMemory(4_000_000)
            .LimitRecursion(64));
        try
        {
            engine.SetValue("variables", new JsonParser(engine).Parse(variables.ToJsonString()));
            var result = engine.Evaluate(in script);
            return ToNode(engine, result);
        }
        catch (Exception e) when (e is JavaScriptException or ExecutionCanceledException or TimeoutException
                                      or StatementsCountOverflowException or MemoryLimitExceededException
                                      or RecursionDepthOverflowException)
        {
            throw new ExpressionException(expression, e.Message, e);
        }
    }

    private static Prepared<Script> Prepare(string expression)
    {
        try
        {
            return Engine.PrepareScript(expression);
        }
        catch (Exception e) when (e is Acornima.ParseErrorException or JavaScriptException)
        {
            throw new ExpressionException(expression, e.Message, e);
        }
    }

    private static JsonNode? ToNode(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsString()) return JsonValue.Create(value.AsString());
        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }
}
