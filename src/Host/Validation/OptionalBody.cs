using System.Reflection;
using FluentValidation;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Library.Host.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Library.Host.Validation;

/// <summary>
/// A JSON body the caller may leave out entirely, because every field it has is optional (a lending action's notes, a
/// signal's payload), or that its handler checks for itself (an approval decision). Bound before the handler and checked
/// by the body's validator when one is registered: a body of another media type is the 415, one that cannot be read or
/// that the validator refuses the 400, in <see cref="Problem"/> for the handler to answer. Unlike a bound T, it adds no
/// accepts metadata, so routing never passes over its endpoint for another one because of the media type.
/// </summary>
public sealed class OptionalBody<T> : IEndpointParameterMetadataProvider where T : class
{
    public T? Value { get; private init; }

    public ProblemHttpResult? Problem { get; private init; }

    public static async ValueTask<OptionalBody<T>> BindAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null)) return new OptionalBody<T>();
        if (!request.HasJsonContentType())
            return new OptionalBody<T> { Problem = ApiProblems.UnsupportedMediaType(request.ContentType ?? "of no media type", "application/json, or no body at all") };
        T? value;
        try
        {
            value = await request.ReadFromJsonAsync<T>(http.RequestAborted);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Refused("body", $"The body is not a JSON object of this call's fields: {e.Message}");
        }
        if (value is null || http.RequestServices.GetService<IValidator<T>>() is not { } validator) return new OptionalBody<T> { Value = value };
        var validation = await validator.ValidateAsync(value, http.RequestAborted);
        return validation.IsValid
            ? new OptionalBody<T> { Value = value }
            : new OptionalBody<T> { Problem = ApiProblems.Invalid(validation) };
    }

    /// <summary>
    /// Says in the OpenAPI document that the operation takes this body, optionally unless a later
    /// <see cref="DocumentedBodyExtensions.DocumentsBody{T}"/> says otherwise, and that it answers 415 to another media type.
    /// </summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(new DocumentedBody(typeof(T), IsOptional: true));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails), ["application/problem+json"]));
    }

    private static OptionalBody<T> Refused(string field, string message) => new() { Problem = ApiProblems.Invalid(field, message) };
}
