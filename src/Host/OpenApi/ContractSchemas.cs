using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// Makes each schema say what the API's serializer really reads and writes, for the clients generated from the
/// document:
/// <list type="bullet">
/// <item>An object that a response carries lists as required every property the serializer always writes (responses
/// use <c>DefaultIgnoreCondition = Never</c>, so all but those with a <c>[JsonIgnore]</c> condition of their own, such
/// as <c>ProblemDetails</c>' members). A type only ever sent in a request body requires what is non-nullable in C#
/// and has no default. A type used both ways follows the response rule: readers then get exact types, and a body
/// that states every field (null where it may be null) is still what the server reads.</item>
/// <item>Enums are strings, listed as the <c>JsonStringEnumConverter</c> writes them; where a property is a
/// nullable enum, the property admits null, not the enum's own schema (which the framework would otherwise share
/// between <c>T</c> and <c>T?</c>).</item>
/// <item>Numbers are numbers: the web defaults read numbers from strings too, but the API never writes one so.</item>
/// </list>
/// </summary>
internal sealed class ContractSchemas(IApiDescriptionGroupCollectionProvider api, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : IOpenApiSchemaTransformer
{
    private readonly Lazy<IReadOnlySet<Type>> _requestOnly = new(() => RequestOnlyTypes(api, json.Value.SerializerOptions));

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // A definition's state-machine start may be null (a flowchart has none), which the framework leaves unsaid for an
        // object it writes inline; a component's schema is shared by every property that refers to it, so it is not touched.
        if (context.JsonPropertyInfo is { } owner && IsDeclaredNullable(owner) && schema.Type == JsonSchemaType.Object
            && context.JsonTypeInfo.Type == typeof(Workflows.StateMachines.MachineStart))
            schema.Type = JsonSchemaType.Object | JsonSchemaType.Null;
        var typeInfo = context.JsonTypeInfo;
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = schema.Enum?.Where(value => value is not null).ToList();
        }
        else if (IsNumber(type) && schema.Type is { } numberType)
        {
            schema.Type = numberType & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 })
        {
            var requestOnly = _requestOnly.Value.Contains(type);
            schema.Required = typeInfo.Properties
                .Where(p => requestOnly ? IsRequiredInRequest(p) : IsAlwaysWritten(p))
                .Select(p => p.Name)
                .Where(schema.Properties.ContainsKey)
                .ToHashSet();
            // A property the C# type declares non-null never is, though a type compiled without nullable annotations
            // in mind (the bearer token's answer) may be described as nullable.
            foreach (var property in typeInfo.Properties.Where(IsDeclaredNonNull))
                if (schema.Properties.TryGetValue(property.Name, out var described) && described is OpenApiSchema { Type: { } kind } plain
                    && kind.HasFlag(JsonSchemaType.Null) && kind != JsonSchemaType.Null)
                    plain.Type = kind & ~JsonSchemaType.Null;
        }
        return Task.CompletedTask;
    }

    private static bool IsDeclaredNonNull(JsonPropertyInfo property) =>
        !property.PropertyType.IsValueType && property.AttributeProvider is PropertyInfo declared
        && new NullabilityInfoContext().Create(declared).ReadState == NullabilityState.NotNull;

    private static bool IsDeclaredNullable(JsonPropertyInfo property) =>
        property.AttributeProvider is PropertyInfo declared && new NullabilityInfoContext().Create(declared).ReadState == NullabilityState.Nullable;

    private static bool IsAlwaysWritten(JsonPropertyInfo property) => property.Get is not null && property.ShouldSerialize is null;

    private static bool IsRequiredInRequest(JsonPropertyInfo property) =>
        (property.Set is not null || property.AssociatedParameter is not null)
        && !property.IsSetNullable
        && property.AssociatedParameter is not { HasDefaultValue: true };

    private static bool IsNumber(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;

    /// <summary>Types reachable from a request body and from no response.</summary>
    private static IReadOnlySet<Type> RequestOnlyTypes(IApiDescriptionGroupCollectionProvider api, JsonSerializerOptions options)
    {
        var descriptions = api.ApiDescriptionGroups.Items.SelectMany(group => group.Items).ToList();
        var requests = Reachable(descriptions.SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body).Select(p => p.Type)
            .Concat(descriptions.SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<DocumentedBody>()).Select(b => b.Type)), options);
        var responses = Reachable(descriptions.SelectMany(d => d.SupportedResponseTypes).Select(r => r.Type), options);
        requests.ExceptWith(responses);
        return requests;
    }

    private static HashSet<Type> Reachable(IEnumerable<Type?> roots, JsonSerializerOptions options)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots.OfType<Type>());
        while (pending.TryPop(out var next))
        {
            var type = Nullable.GetUnderlyingType(next) ?? next;
            if (type == typeof(void) || !seen.Add(type)) continue;
            var info = options.GetTypeInfo(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    foreach (var property in info.Properties) pending.Push(property.PropertyType);
                    break;
                case JsonTypeInfoKind.Enumerable:
                case JsonTypeInfoKind.Dictionary:
                    pending.Push(info.ElementType!);
                    break;
            }
        }
        return seen;
    }
}
