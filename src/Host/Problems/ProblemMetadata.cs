using Microsoft.AspNetCore.Mvc;

namespace Library.Host.Problems;

/// <summary>
/// Declares the RFC 7807 answers an endpoint (or every endpoint of a group) can give besides its typed results, so the
/// OpenAPI document lists each 4xx with its status code: <see cref="Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult"/>
/// carries no status of its own, so this is where it is said. A 400 is a validation problem, whose <c>errors</c> name
/// the fields.
/// </summary>
public static class ProblemMetadata
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder Refuses<TBuilder>(this TBuilder builder, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
            builder.WithMetadata(new ProducesResponseTypeMetadata(status,
                status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), ProblemJson));
        return builder;
    }
}
