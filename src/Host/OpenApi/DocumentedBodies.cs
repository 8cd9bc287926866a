using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>Documents the JSON bodies that handlers read themselves (<see cref="DocumentedBody"/>), named after their C# types.</summary>
internal sealed class DocumentedBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody is not null
            || context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedBody>().LastOrDefault() is not { } body) return;
        var schema = await context.ReferenceAsync(body.Type, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = !body.IsOptional,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }
}
