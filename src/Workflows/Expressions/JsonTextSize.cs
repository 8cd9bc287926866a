using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Workflows.Expressions;

/// <summary>
/// How many characters <c>JSON.stringify</c> would write for a value, at most: an upper bound for plain data, counted
/// without calling any of the script's code. What the script's code decides (a getter, <c>toJSON</c>, a replacer)
/// runs in statements, which Jint checks, and is not counted here.
/// </summary>
internal static class JsonTextSize
{
    // The longest a number (-1.2345678901234567e-308) or a date ("2026-01-31T12:00:00.000Z") is written.
    private const int Scalar = 32;

    /// <summary>The bound, or a little more than <paramref name="limit"/> as soon as it is past it (no need to count further).</summary>
    /// <param name="indent">The width of one level of indentation (the <c>space</c> argument, at most 10).</param>
    public static double Estimate(JsValue value, int indent, double limit)
    {
        double size = 0;
        // Objects on the path from the root: one met again is a cycle, which JSON.stringify refuses by itself.
        var path = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(JsValue Value, int Depth, bool Leaving)>();
        pending.Push((value, 0, false));
        while (pending.Count > 0 && size <= limit)
        {
            var (current, depth, leaving) = pending.Pop();
            if (leaving)
            {
                path.Remove((ObjectInstance)current);
                continue;
            }
            if (current.IsString()) size += Quoted(current.AsString());
            else if (current is not ObjectInstance container || current.IsCallable()) size += Scalar;
            else if (!container.Get("toJSON").IsCallable())
            {
                if (!path.Add(container)) break;
                pending.Push((container, depth, true));
                // Brackets, and each member's comma, line break and indentation.
                size += 2 + (indent > 0 ? 1 + depth * indent : 0);
                var perMember = 1 + (indent > 0 ? 1 + (depth + 1) * indent : 0);
                foreach (var member in Members(container))
                {
                    size += perMember + member.KeyLength;
                    pending.Push((member.Value, depth + 1, false));
                    if (size > limit) break;
                }
            }
            else size += Scalar;
        }
        return size;
    }

    private static IEnumerable<(double KeyLength, JsValue Value)> Members(ObjectInstance container)
    {
        if (container.IsArray())
        {
            var length = TypeConverter.ToLength(container.Get("length"));
            for (ulong index = 0; index < length; index++) yield return (0, container.Get(JsNumber.Create((double)index)));
            yield break;
        }
        foreach (var key in container.GetOwnPropertyKeys(Types.String))
        {
            var property = container.GetOwnProperty(key);
            // A getter's value is the script's code; it runs when JSON.stringify reads it, under Jint's checks.
            if (property.Enumerable && property.IsDataDescriptor()) yield return (Quoted(key.ToString()) + 1, property.Value);
        }
    }

    private static double Quoted(string text)
    {
        double size = 2;
        foreach (var c in text) size += c is '"' or '\\' ? 2 : c < ' ' || char.IsSurrogate(c) ? 6 : 1;
        return size;
    }
}
