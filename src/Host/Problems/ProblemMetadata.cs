namespace Library.Host.Problems;

/// <summary>
/// Declares the RFC 7807 answers an endpoint can give besides its typed results, so the OpenAPI document lists each
/// 4xx with its status code: <see cref="Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult"/> carries no status
/// of its own, so this is where it is said. A 400 is a validation problem, whose <c>errors</c> name the fields.
/// </summary>
public static class ProblemMetadata
{
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>The same for every endpoint of a group, e.g. the 401 and 403 of a group that needs a role.</summary>
    public static RouteGroupBuilder Refuses(this RouteGroupBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }
}
