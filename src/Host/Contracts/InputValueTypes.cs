using System.Text.Json.Nodes;

namespace Library.Host.Contracts;

/// <summary>
/// The JSON kind of value an input takes, named for editors rather than for .NET: <c>string</c>, <c>integer</c>,
/// <c>number</c>, <c>boolean</c>, <c>date</c>, <c>date-time</c>, <c>duration</c>, <c>object</c> or <c>array</c>.
/// </summary>
public static class InputValueTypes
{
    public static string NameOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        // Enums are written by their names, so an editor treats them as text.
        if (type == typeof(string) || type.IsEnum) return "string";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return "integer";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "number";
        if (type == typeof(DateOnly)) return "date";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "date-time";
        if (type == typeof(TimeSpan)) return "duration";
        if (type == typeof(JsonArray) || (type.IsAssignableTo(typeof(System.Collections.IEnumerable)) && !type.IsAssignableTo(typeof(JsonNode)))) return "array";
        // Objects, and any JSON value (JsonNode), are edited as JSON.
        return "object";
    }
}
