using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Activities;

/// <summary>One <see cref="Input{T}"/> property of an activity type.</summary>
public sealed class InputDescriptor
{
    internal InputDescriptor(PropertyInfo property)
    {
        Property = property;
        Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        ValueType = property.PropertyType.GetGenericArguments()[0];
        Required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
        Description = property.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description;
    }

    internal PropertyInfo Property { get; }
    public string Name { get; }
    public Type ValueType { get; }
    public bool Required { get; }
    public string? Description { get; }

    internal object? Create(JsonNode? value)
    {
        if (value is null) return null;
        var factory = typeof(Input<>).MakeGenericType(ValueType)
            .GetMethod(nameof(Input<object>.FromJson), BindingFlags.NonPublic | BindingFlags.Static)!;
        return factory.Invoke(null, [value]);
    }

    /// <summary>A literal must already have the input's type; expressions are checked when they run.</summary>
    internal string? CheckLiteral(JsonNode? value)
    {
        if (value is null || value is JsonObject { Count: 1 } o && o.ContainsKey("expression")) return null;
        try
        {
            value.Deserialize(ValueType, DefinitionJson.Options);
            return null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or FormatException)
        {
            return $"'{value.ToJsonString()}' is not a {ValueType.Name}";
        }
    }
}
