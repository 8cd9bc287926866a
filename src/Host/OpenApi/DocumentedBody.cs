namespace Library.Host.OpenApi;

/// <summary>
/// Endpoint metadata naming the JSON body a handler reads itself (an <see cref="Validation.OptionalBody{T}"/>, a
/// definition read by the definition reader), for the OpenAPI document only. Accepts metadata would say the same,
/// but routing would then refuse other media types with 415 before the handler can answer its own 400.
/// </summary>
public sealed record DocumentedBody(Type Type, bool IsOptional);

public static class DocumentedBodyExtensions
{
    public static RouteHandlerBuilder DocumentsBody<T>(this RouteHandlerBuilder builder, bool optional = false) =>
        builder.WithMetadata(new DocumentedBody(typeof(T), optional));
}
