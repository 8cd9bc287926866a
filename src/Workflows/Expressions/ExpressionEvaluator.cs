using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Workflows.Expressions;

/// <summary>
/// Evaluates JavaScript expressions over an instance's variables in a sandbox: no access to .NET types, no
/// I/O, and limits on time (regular expressions included), statements, memory, array size and recursion.
/// Scripts are parsed once and reused. As in Elsa, a script is an expression (<c>x &gt; 1</c>) or statements that
/// <c>return</c> their value (<c>return x &gt; 1;</c>), and it reaches the variables as <see cref="VariableFunctions"/> says.
/// </summary>
public sealed class ExpressionEvaluator
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(250);
    private const long MemoryLimit = 4_000_000;
    private readonly ConcurrentDictionary<string, Prepared<Script>> _prepared = new();

    /// <summary>Evaluates <paramref name="expression"/> with the variables visible as <c>variables</c>; what it sets is dropped.</summary>
    public JsonNode? Evaluate(string expression, JsonObject variables) => Run(expression, variables).Value;

    /// <summary>Evaluates <paramref name="expression"/>, returning its value and the variables it set.</summary>
    public Evaluation Run(string expression, JsonObject variables, ScriptScope? scope = null)
    {
        var script = _prepared.GetOrAdd(expression, Prepare);
        var engine = new Engine(options =>
        {
            options
                .Strict()
                .TimeoutInterval(TimeLimit)
                .MaxStatements(10_000)
                .LimitMemory(MemoryLimit)
                .MaxArraySize(100_000)
                .LimitRecursion(64);
            // Jint's default is ten seconds a match, and the time limit is only checked between steps.
            options.Constraints.RegexTimeout = TimeLimit;
        });
        try
        {
            var json = variables.ToJsonString();
            VariableFunctions.Install(engine, json, variables, expression);
            CommonFunctions.Install(engine, expression, scope);
            var budget = new AllocationBudget(MemoryLimit);
            BuiltInGuards.Install(engine, budget);
            var result = engine.Evaluate(in script);
            // Jint's last check was before the last statement, which may have been one built-in call.
            budget.Check();
            return new Evaluation(ToNode(engine, result), VariableFunctions.Changes(engine, budget, json, variables));
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new ExpressionException(expression, $"a regular expression ran past its limit of {e.MatchTimeout.TotalMilliseconds:0} ms", e);
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
