using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Workflows.Expressions;

/// <summary>
/// Elsa's common JavaScript functions that make sense here: <c>isNullOrEmpty</c>, <c>isNullOrWhiteSpace</c>,
/// <c>toJson</c> (the guarded <c>JSON.stringify</c>), <c>getInput(name)</c> (the start input is among the variables),
/// and with a <see cref="ScriptScope"/> <c>getWorkflowInstanceId()</c> and <c>getCorrelationId()</c>. Each is made only
/// when the script names it, as each costs a function object per evaluation.
/// </summary>
internal static class CommonFunctions
{
    public static void Install(Engine engine, string expression, ScriptScope? scope)
    {
        void Define(string name, Func<JsValue[], JsValue> body)
        {
            if (expression.Contains(name, StringComparison.Ordinal)) engine.SetValue(name, new ClrFunction(engine, name, (_, arguments) => body(arguments)));
        }

        Define("isNullOrEmpty", arguments => Argument(arguments) is var value && (IsAbsent(value) || TypeConverter.ToString(value).Length == 0));
        Define("isNullOrWhiteSpace", arguments => Argument(arguments) is var value && (IsAbsent(value) || string.IsNullOrWhiteSpace(TypeConverter.ToString(value))));
        Define("toJson", arguments => engine.Call(engine.Global.Get("JSON").AsObject().Get("stringify"), JsValue.Undefined, [Argument(arguments)]));
        Define("getInput", arguments => engine.Call(engine.GetValue("getVariable"), JsValue.Undefined, [Argument(arguments)]));
        if (scope is null) return;
        Define("getWorkflowInstanceId", _ => scope.InstanceId.ToString());
        Define("getCorrelationId", _ => scope.CorrelationId is { } id ? id : JsValue.Null);
    }

    private static JsValue Argument(JsValue[] arguments) => arguments.Length > 0 ? arguments[0] : JsValue.Undefined;

    private static bool IsAbsent(JsValue value) => value.IsNull() || value.IsUndefined();
}
