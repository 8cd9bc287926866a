using FluentValidation;

namespace Library.Host.Validation;

/// <summary>Runs the body's FluentValidation validator before the handler; a failure answers 400 naming each field.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
            return TypedResults.Problem("The request body is missing: send a JSON object.", statusCode: StatusCodes.Status400BadRequest, title: "The request could not be read.");
        var result = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(result.ToDictionary());
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
