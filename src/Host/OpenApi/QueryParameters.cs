using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Library.Host.Validation;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// Query parameters as clients write them: named in camelCase like the API's JSON (a list's <c>[AsParameters]</c>
/// record names them in C#, and binding ignores case), and a facet (<see cref="FacetAttribute"/>) listing its values.
/// </summary>
internal sealed class QueryParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            var facet = context.Description.ParameterDescriptions
                .Where(d => d.Name == parameter.Name)
                .Select(d => (d.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<FacetAttribute>())
                .FirstOrDefault(f => f is not null);
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (facet is not null)
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = facet.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList() };
        }
        return Task.CompletedTask;
    }
}
