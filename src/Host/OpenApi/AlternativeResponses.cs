using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// A status an endpoint answers with one of several bodies, such as the scan trigger's 200 (the digitization request
/// or the move request the scan moved on), is documented as <c>oneOf</c> them; left alone, the framework names only
/// the last. Schemas are named after their C# types (<see cref="ContractSchemas"/>).
/// </summary>
internal sealed class AlternativeResponses : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var byStatus = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.Type is not null && m.Type != typeof(void))
            .GroupBy(m => m.StatusCode)
            .Where(g => g.Select(m => m.Type).Distinct().Count() > 1);
        foreach (var alternatives in byStatus)
        {
            if (operation.Responses?.TryGetValue(alternatives.Key.ToString(), out var response) != true
                || response!.Content?.TryGetValue("application/json", out var json) != true) continue;
            var schemas = new List<IOpenApiSchema>();
            foreach (var type in alternatives.Select(m => m.Type!).Distinct())
                schemas.Add(await context.ReferenceAsync(type, cancellationToken));
            json!.Schema = new OpenApiSchema { OneOf = schemas };
        }
    }
}
