using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// What every operation shares and no handler signature states: the 500
/// problem that <see cref="Problems.ExceptionProblems"/> writes when a workflow step faults (or anything else fails),
/// the 400 problem it writes for a body that cannot be read, JSON bodies being required, and problem bodies being
/// <c>application/problem+json</c>.
/// </summary>
internal sealed class CommonOperationParts : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // Handlers bind a JSON body as T? only so that ValidationFilter can answer a missing one with a 400 problem:
        // the API never accepts a request without it, nor a body of null.
        // A body every field of which is optional (OptionalBody) may be left out, and says so; the last word is the
        // endpoint's own, for an OptionalBody its handler requires.
        var optional = context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedBody>().LastOrDefault()?.IsOptional == true;
        if (!optional && operation.RequestBody is OpenApiRequestBody body && body.Content?.TryGetValue("application/json", out var json) == true)
        {
            body.Required = true;
            if (json.Schema is OpenApiSchema { OneOf: { Count: 2 } alternatives } && alternatives.Any(IsNull))
                json.Schema = alternatives.Single(alternative => !IsNull(alternative));
        }

        var problem = await context.ReferenceAsync(typeof(ProblemDetails), cancellationToken);
        operation.Responses ??= [];
        // A typed result such as NotFound<ProblemDetails> declares application/json, but a ProblemDetails body is
        // always written as application/problem+json.
        foreach (var response in operation.Responses.Values)
            if (response.Content?.TryGetValue("application/json", out var written) == true && IsProblem(written.Schema))
            {
                response.Content.Remove("application/json");
                response.Content[ProblemJson] = written;
            }
        if (operation.RequestBody is not null && !operation.Responses.ContainsKey("400"))
            operation.Responses["400"] = Problem("The request body could not be read.", problem);
        operation.Responses.TryAdd("500", Problem("A workflow step failed, or the service failed unexpectedly.", problem));
    }

    private static bool IsNull(IOpenApiSchema schema) => schema.Type == JsonSchemaType.Null;

    private static bool IsProblem(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference { Reference.Id: nameof(ProblemDetails) or nameof(HttpValidationProblemDetails) };

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
    };
}
