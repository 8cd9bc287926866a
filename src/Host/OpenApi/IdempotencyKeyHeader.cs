using Library.Host.Idempotency;
using Library.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// Documents the optional <c>Idempotency-Key</c> header on every operation that takes it
/// (<see cref="IdempotencyKeys.AppliesTo"/>), with the problems it adds: 400 for a key that is empty or too long, 409
/// while the first request with the key still runs, 422 for the key reused on another request.
/// </summary>
internal sealed class IdempotencyKeyHeader : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";
    private const string ComponentName = "IdempotencyKey";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.HttpMethod is not { } method
            || !IdempotencyKeys.AppliesTo(method, context.Description.ActionDescriptor.EndpointMetadata)) return;

        operation.Parameters ??= [];
        operation.Parameters.Add(Parameter(context.Document!));

        operation.Responses ??= [];
        var validation = await context.ReferenceAsync(typeof(HttpValidationProblemDetails), cancellationToken);
        var problem = await context.ReferenceAsync(typeof(ProblemDetails), cancellationToken);
        operation.Responses.TryAdd("400", Problem($"The {IdempotencyKeys.Header} header is empty or longer than {IdempotencyRecord.MaxKeyLength} characters.", validation));
        operation.Responses.TryAdd("409", Problem($"The first request sent with this {IdempotencyKeys.Header} is still running; repeat it after Retry-After.", problem));
        operation.Responses.TryAdd("422", Problem($"This {IdempotencyKeys.Header} was sent before with another body or to another path.", problem));
    }

    /// <summary>Described once among the document's components, and referred to by each operation.</summary>
    private static OpenApiParameterReference Parameter(OpenApiDocument document)
    {
        if (document.Components?.Parameters?.ContainsKey(ComponentName) != true)
            document.AddComponent<IOpenApiParameter>(ComponentName, new OpenApiParameter
            {
                Name = IdempotencyKeys.Header,
                In = ParameterLocation.Header,
                Description = "A key of the caller's choosing (a UUID, say) that makes repeating this call safe: while the service keeps it " +
                              "(24 hours unless configured otherwise), the same account sending the same key with the same body bytes (a multipart " +
                              "body with the same boundary) to the same path gets the first answer again, marked Idempotent-Replayed: true, and " +
                              "nothing runs twice. Answers of 500 and more are not kept, so their repeat runs.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyRecord.MaxKeyLength },
            });
        return new OpenApiParameterReference(ComponentName, document);
    }

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
    };
}
