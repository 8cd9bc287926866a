using System.Text.Json.Nodes;

namespace Workflows.Elsa;

/// <summary>The Elsa type alias of an input's .NET type, which an exported expression declares for its result.</summary>
public static class ElsaTypeNames
{
    public static string Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "String";
        if (type == typeof(bool)) return "Boolean";
        if (type == typeof(int)) return "Int32";
        if (type == typeof(long)) return "Int64";
        if (type == typeof(double)) return "Double";
        if (type == typeof(decimal)) return "Decimal";
        if (type == typeof(TimeSpan)) return "TimeSpan";
        if (type == typeof(DateTime)) return "DateTime";
        if (type == typeof(DateTimeOffset)) return "DateTimeOffset";
        if (type == typeof(string[]) || type == typeof(List<string>) || type == typeof(IReadOnlyList<string>)) return "String[]";
        if (type == typeof(JsonArray)) return "Object[]";
        return "Object";
    }
}
