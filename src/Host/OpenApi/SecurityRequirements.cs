using Library.Host.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// How each operation is signed in to: the bearer token or the session cookie of a staff account, and, for scans, a
/// station's key. The policy's name says which roles; anonymous operations (sign-in, delivery links) need none.
/// </summary>
internal sealed class SecurityRequirements : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Bearer = "bearer";
    private const string Cookie = "sessionCookie";
    private const string StationKey = "scanStationKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSecurityScheme>(Bearer, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer",
            Description = "The accessToken of POST /api/auth/login (without useCookies).",
        });
        document.AddComponent<IOpenApiSecurityScheme>(Cookie, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "library.session",
            Description = "The session of POST /api/auth/login?useCookies=true; changes also send X-CSRF-Token (GET /api/auth/csrf).",
        });
        document.AddComponent<IOpenApiSecurityScheme>(StationKey, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = StationKeyHandler.Header,
            Description = "A registered scan station's key (POST /api/scan-stations); good for scans only.",
        });
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || metadata.OfType<IAuthorizeData>().LastOrDefault() is not { } authorize) return Task.CompletedTask;
        if (authorize.Policy == PartnerPolicies.Iso18626Partner)
        {
            operation.Description = "Open to ISO 18626 partners, who have no staff account: the message is authenticated by its requestingAgencyId and shared secret."
                                    + (operation.Description is { Length: > 0 } partnerDescription ? " " + partnerDescription : "");
            return Task.CompletedTask;
        }
        var document = context.Document!;
        var schemes = authorize.Policy == StaffPolicies.Scanning ? [Bearer, Cookie, StationKey] : new[] { Bearer, Cookie };
        operation.Security = schemes
            .Select(id => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(id, document)] = [] })
            .ToList();
        operation.Description = $"Needs the {authorize.Policy} policy." + (operation.Description is { Length: > 0 } d ? " " + d : "");
        return Task.CompletedTask;
    }
}
