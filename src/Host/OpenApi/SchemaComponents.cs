using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

internal static class SchemaComponents
{
    /// <summary>
    /// A reference to <paramref name="type"/>'s schema among the document's components, named after the C# type as the
    /// framework names the others; added the first time a transformer needs a type no handler signature names.
    /// </summary>
    public static async Task<IOpenApiSchema> ReferenceAsync(this OpenApiOperationTransformerContext context, Type type, CancellationToken ct)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, cancellationToken: ct));
        return new OpenApiSchemaReference(type.Name, document);
    }
}
