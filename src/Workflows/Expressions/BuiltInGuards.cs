using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using JsFunction = Jint.Native.Function.Function;

namespace Workflows.Expressions;

/// <summary>
/// Fits a fresh engine's built-ins to the <see cref="AllocationBudget"/>. Those whose result size their arguments
/// decide reserve it before they build (<see cref="SizedBuiltIns"/>); those that can return several times what they
/// were given (<c>escape</c>, case mapping) or hand a long string to a native loop (<c>toString</c> inside
/// <c>toLocaleString</c>) check it when they return, so a chain of them in one statement cannot grow unseen; what
/// would allocate its whole size at once, or hand the script unguarded built-ins, is not there at all.
/// </summary>
/// <remarks>
/// Only these are wrapped, not every built-in: a wrapper costs about half a microsecond to make, and the engine
/// is made afresh for each evaluation.
/// </remarks>
internal static class BuiltInGuards
{
    // Binary buffers are allocated whole by their constructors, and no expression over JSON variables needs one.
    // A ShadowRealm would hand the script a second set of built-ins, without these guards.
    private static readonly string[] Removed =
    [
        "ShadowRealm", "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics", "Int8Array", "Uint8Array", "Uint8ClampedArray",
        "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array",
        "BigInt64Array", "BigUint64Array",
    ];

    private static readonly string[] CheckedStringMethods =
        ["toUpperCase", "toLowerCase", "toLocaleUpperCase", "toLocaleLowerCase", "normalize", "toString", "valueOf"];

    private static readonly string[] CheckedGlobalFunctions = ["escape", "encodeURI", "encodeURIComponent"];

    public static void Install(Engine engine, AllocationBudget budget)
    {
        foreach (var name in Removed) engine.Global.Delete(name);
        var sized = new SizedBuiltIns(engine, budget);
        var strings = Prototype(engine, "String");
        Guard(engine, budget, strings, "repeat", sized.Repeat);
        Guard(engine, budget, strings, "padStart", sized.Pad);
        Guard(engine, budget, strings, "padEnd", sized.Pad);
        Guard(engine, budget, strings, "concat", sized.Concat);
        Guard(engine, budget, strings, "replace", sized.Replace);
        Guard(engine, budget, strings, "replaceAll", sized.ReplaceAll);
        foreach (var name in CheckedStringMethods) Guard(engine, budget, strings, name);
        Guard(engine, budget, Prototype(engine, "RegExp"), GlobalSymbolRegistry.Replace, sized.ReplaceMatches);
        Guard(engine, budget, Prototype(engine, "Array"), "join", sized.Join);
        Guard(engine, budget, Prototype(engine, "Object"), "toLocaleString");
        Guard(engine, budget, engine.Global.Get("JSON").AsObject(), "stringify", sized.Stringify);
        foreach (var name in CheckedGlobalFunctions) Guard(engine, budget, engine.Global, name);
    }

    private static ObjectInstance Prototype(Engine engine, string constructor) =>
        engine.Global.Get(constructor).AsObject().Get("prototype").AsObject();

    /// <summary>Replaces the method by one that checks the budget after it returns.</summary>
    /// <param name="sized">What runs in the method's place, reserving the size of its result first.</param>
    private static void Guard(Engine engine, AllocationBudget budget, ObjectInstance holder, JsValue key,
        Func<JsFunction, JsValue, JsValue[], JsValue>? sized = null)
    {
        var property = holder.GetOwnProperty(key);
        var original = (JsFunction)property.Value;
        var guarded = new ClrFunction(engine, key.IsSymbol() ? key.ToString() : key.AsString(), (self, arguments) =>
        {
            var result = sized is null ? engine.Call(original, self, arguments) : sized(original, self, arguments);
            budget.Check();
            return result;
        }, (int)original.Get("length").AsNumber(), PropertyFlag.Configurable);
        holder.DefineOwnProperty(key, new PropertyDescriptor(guarded, property.Writable, property.Enumerable, property.Configurable));
    }
}
