using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// A reference to a type's schema among the document's components, named after the C# type as the framework names
/// the others; added the first time a transformer needs a type no handler signature names.
/// </summary>
internal static class SchemaComponents
{
    public static Task<IOpenApiSchema> ReferenceAsync(this OpenApiOperationTransformerContext context, Type type, CancellationToken ct) =>
        ReferenceAsync(context.Document!, type, () => context.GetOrCreateSchemaAsync(type, cancellationToken: ct));

    public static Task<IOpenApiSchema> ReferenceAsync(this OpenApiDocumentTransformerContext context, OpenApiDocument document, Type type, CancellationToken ct) =>
        ReferenceAsync(document, type, () => context.GetOrCreateSchemaAsync(type, cancellationToken: ct));

    private static async Task<IOpenApiSchema> ReferenceAsync(OpenApiDocument document, Type type, Func<Task<OpenApiSchema>> create)
    {
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
            document.AddComponent(type.Name, await create());
        return new OpenApiSchemaReference(type.Name, document);
    }
}
