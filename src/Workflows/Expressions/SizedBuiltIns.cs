using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using JsFunction = Jint.Native.Function.Function;

namespace Workflows.Expressions;

/// <summary>
/// The built-ins whose result size is set by their arguments rather than by what the script has already allocated:
/// a count (<c>repeat</c>, <c>padStart</c>), or the same string used many times over (<c>join</c>, <c>concat</c>,
/// <c>replace</c>, <c>JSON.stringify</c> of an array holding one long string 50,000 times). Each works out the size
/// it is about to build and reserves it in the budget first; Jint would only notice once it had allocated it.
/// </summary>
internal sealed class SizedBuiltIns(Engine engine, AllocationBudget budget)
{
    // Arrays being joined, so that one holding itself joins as empty (as Jint and browsers do) instead of recursing.
    private readonly HashSet<ObjectInstance> _joining = new(ReferenceEqualityComparer.Instance);

    public JsValue Repeat(JsFunction original, JsValue self, JsValue[] arguments)
    {
        if (IsAbsent(self)) return engine.Call(original, self, arguments);
        var text = TypeConverter.ToString(self);
        var count = TypeConverter.ToIntegerOrInfinity(Argument(arguments, 0));
        if (count > 0 && double.IsFinite(count)) budget.Reserve(text.Length * count);
        return engine.Call(original, text, [count]);
    }

    public JsValue Pad(JsFunction original, JsValue self, JsValue[] arguments)
    {
        if (IsAbsent(self)) return engine.Call(original, self, arguments);
        var text = TypeConverter.ToString(self);
        var length = TypeConverter.ToLength(Argument(arguments, 0));
        if (length > (ulong)text.Length) budget.Reserve(length);
        return engine.Call(original, text, [length, Argument(arguments, 1)]);
    }

    public JsValue Concat(JsFunction original, JsValue self, JsValue[] arguments)
    {
        if (IsAbsent(self)) return engine.Call(original, self, arguments);
        var text = TypeConverter.ToString(self);
        var pieces = arguments.Select(argument => TypeConverter.ToString(argument)).ToArray();
        budget.Reserve(text.Length + pieces.Sum(piece => (double)piece.Length));
        return engine.Call(original, text, pieces.Select(piece => (JsValue)piece).ToArray());
    }

    /// <summary><c>Array.prototype.join</c> itself: reading each element and reserving as it goes is what it takes to know the size.</summary>
    public JsValue Join(JsFunction original, JsValue self, JsValue[] arguments)
    {
        if (IsAbsent(self)) return engine.Call(original, self, arguments);
        var target = self as ObjectInstance ?? engine.Call(engine.Global.Get("Object"), JsValue.Undefined, [self]).AsObject();
        var length = TypeConverter.ToLength(target.Get("length"));
        var separator = Argument(arguments, 0).IsUndefined() ? "," : TypeConverter.ToString(Argument(arguments, 0));
        if (length == 0) return JsString.Empty;
        var size = (length - 1) * (double)separator.Length;
        budget.Reserve(size);
        if (!_joining.Add(target)) return JsString.Empty;
        try
        {
            var texts = new List<string>();
            for (ulong index = 0; index < length; index++)
            {
                // A sparse array can say it is 2^32 long: its holes meet the time limit here, as in Jint's own join.
                if (index % 10_000 == 9_999) engine.Constraints.Check();
                var element = target.Get(JsNumber.Create((double)index));
                var text = IsAbsent(element) ? "" : TypeConverter.ToString(element);
                size += text.Length;
                budget.Reserve(size);
                texts.Add(text);
            }
            return string.Join(separator, texts);
        }
        finally
        {
            _joining.Remove(target);
        }
    }

    public JsValue Replace(JsFunction original, JsValue self, JsValue[] arguments) => ReplaceText(original, all: false, self, arguments);

    public JsValue ReplaceAll(JsFunction original, JsValue self, JsValue[] arguments) => ReplaceText(original, all: true, self, arguments);

    /// <summary><c>String.prototype.replace</c> and <c>replaceAll</c> with a string to find; a regular expression replaces in <see cref="ReplaceMatches"/>.</summary>
    private JsValue ReplaceText(JsFunction original, bool all, JsValue self, JsValue[] arguments)
    {
        var (search, replacement) = (Argument(arguments, 0), Argument(arguments, 1));
        // A replacer function builds each piece in statements, which Jint checks; an object (a regular expression, or
        // something with a Symbol.replace of its own) does the replacing itself.
        if (IsAbsent(self) || replacement.IsCallable() || search is ObjectInstance) return engine.Call(original, self, arguments);
        var subject = TypeConverter.ToString(self);
        var replacementText = TypeConverter.ToString(replacement);
        var found = TypeConverter.ToString(search);
        budget.Reserve(Replaced(subject, Occurrences(subject, found, all), replacementText));
        return engine.Call(original, subject, [found, replacementText]);
    }

    /// <summary><c>RegExp.prototype[Symbol.replace]</c>, which <c>replace</c> and <c>replaceAll</c> call with a regular expression.</summary>
    public JsValue ReplaceMatches(JsFunction original, JsValue self, JsValue[] arguments)
    {
        var replacement = Argument(arguments, 1);
        if (self is not JsRegExp pattern || replacement.IsCallable()) return engine.Call(original, self, arguments);
        var subject = TypeConverter.ToString(Argument(arguments, 0));
        var replacementText = TypeConverter.ToString(replacement);
        budget.Reserve(Replaced(subject, pattern.Global ? Matches(pattern.Value, subject) : 1, replacementText));
        return engine.Call(original, self, [subject, replacementText]);
    }

    // $&, $`, $' and $<name> put in at most the whole subject each.
    private static double Replaced(string subject, double matches, string replacement) =>
        subject.Length + matches * (replacement.Length + replacement.Count(c => c == '$') * (double)subject.Length);

    public JsValue Stringify(JsFunction original, JsValue self, JsValue[] arguments)
    {
        var space = Argument(arguments, 2);
        var indent = space.IsNumber() ? (int)Math.Clamp(space.AsNumber(), 0, 10)
            : space.IsString() ? Math.Min(space.AsString().Length, 10)
            : space.IsObject() ? 10 : 0;
        budget.Reserve(JsonTextSize.Estimate(Argument(arguments, 0), indent, budget.Bytes / sizeof(char)));
        return engine.Call(original, self, arguments);
    }

    private static double Matches(Regex? pattern, string subject) =>
        pattern?.Count(subject) ?? subject.Length + 1;

    private static double Occurrences(string subject, string search, bool all)
    {
        if (search.Length == 0) return all ? subject.Length + 1 : 1;
        var count = 0;
        for (var at = subject.IndexOf(search, StringComparison.Ordinal); at >= 0; at = subject.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            count++;
            if (!all) break;
        }
        return count;
    }

    private static bool IsAbsent(JsValue value) => value.IsNull() || value.IsUndefined();

    private static JsValue Argument(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;
}
