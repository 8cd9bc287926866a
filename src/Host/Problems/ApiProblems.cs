using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Problems;

/// <summary>RFC 7807 answers with a title for the kind of problem and a detail naming this case.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in.");

    public static ProblemHttpResult Forbidden(string detail, string title = "Not allowed for this account.") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: title);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Not allowed in the current state");

    public static ProblemHttpResult Gone(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: "No longer available");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

    public static ProblemHttpResult UnsupportedMediaType(string contentType, string expected) =>
        TypedResults.Problem($"The body is {contentType}; send {expected}.", statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");

    public static ProblemHttpResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    /// <summary>A 400 naming the first field a validator refused, where a body is checked by hand rather than by the filter.</summary>
    public static ProblemHttpResult Invalid(FluentValidation.Results.ValidationResult refused) =>
        Invalid(refused.Errors[0].PropertyName, refused.Errors[0].ErrorMessage);

    /// <summary>A 400 naming several fields (or other keys, such as a definition's activity ids), each with its messages.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "One or more validation errors occurred.",
            detail: detail, extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
