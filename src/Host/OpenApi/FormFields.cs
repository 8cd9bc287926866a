using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// Multipart form fields as clients send them: in camelCase (<c>file</c>, <c>url</c>, <c>termsOfUse</c>), though a
/// form's <c>[AsParameters]</c> record names them in C# and binding ignores case.
/// </summary>
internal sealed class FormFields : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) == true && form.Schema is OpenApiSchema schema)
            foreach (var part in (schema.AllOf ?? []).Append(schema).OfType<OpenApiSchema>())
                if (part.Properties is { Count: > 0 } properties)
                    part.Properties = properties.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => p.Value);
        return Task.CompletedTask;
    }
}
