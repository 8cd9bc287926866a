using System.Reflection;
using System.Text.Json.Serialization;

namespace Library;

/// <summary>
/// The names an enum's values have at the JSON edge: the <see cref="JsonStringEnumMemberNameAttribute"/> where a
/// value has one, otherwise the member's own name. Parsing accepts only those names (any case), never numbers.
/// </summary>
public static class EnumNames<T> where T : struct, Enum
{
    private static readonly (T Value, string Name)[] Values = Enum.GetValues<T>()
        .Select(v => (v, typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString()))
        .ToArray();

    public static IReadOnlyList<string> All { get; } = Values.Select(v => v.Name).ToArray();

    /// <summary>"a, b or c", for messages that list the allowed names.</summary>
    public static string Listed { get; } = All.Count == 1 ? All[0] : $"{string.Join(", ", All.Take(All.Count - 1))} or {All[^1]}";

    public static string Of(T value) => Values.First(v => v.Value.Equals(value)).Name;

    public static bool TryParse(string? text, out T value)
    {
        foreach (var (candidate, name) in Values)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
