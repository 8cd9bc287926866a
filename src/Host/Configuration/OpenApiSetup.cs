using Library.Host.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Library.Host.Configuration;

/// <summary>
/// The API contract: the OpenAPI 3.1 document at <c>/openapi/v1.json</c> (committed as <c>src/Host/openapi.json</c>,
/// refreshed by <c>scripts/openapi.sh</c>) and its reference page at <c>/scalar</c>.
/// </summary>
public static class OpenApiSetup
{
    /// <summary>The service's own paths; the designer UI's pages are not part of the contract (the health probes are added by <see cref="HealthProbes"/>).</summary>
    private static readonly string[] ContractPrefixes = ["api/", "delivery/", "workflows/"];

    private const string Title = "Library request workflow service";

    public static IServiceCollection AddLibraryOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.ShouldInclude = description =>
                description.RelativePath is { } path && ContractPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = Title, Version = "1" };
                // The framework names the address the document was asked on; the served document and the committed
                // one must be the same wherever the service runs, and clients call the host they loaded it from.
                document.Servers = null;
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<SecurityRequirements>();
            options.AddDocumentTransformer<HealthProbes>();
            options.AddOperationTransformer<SecurityRequirements>();
            options.AddOperationTransformer<DocumentedBodies>();
            options.AddOperationTransformer<CommonOperationParts>();
            options.AddOperationTransformer<IdempotencyKeyHeader>();
            options.AddOperationTransformer<QueryParameters>();
            options.AddOperationTransformer<AlternativeResponses>();
            options.AddOperationTransformer<FormFields>();
            options.AddSchemaTransformer<ContractSchemas>();
        });

    public static WebApplication MapLibraryOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        // The page's script comes from the package. Left at its defaults the page would load web fonts from
        // Scalar's CDN on every visit, report tried requests as telemetry, and offer an AI agent, MCP features and
        // (on localhost) a developer toolbar that shares the document through Scalar's registry: all calls to
        // Scalar's services. With no proxy URL set, a request tried from the page goes straight to this service.
        app.MapScalarApiReference(options => options
            .WithTitle(Title)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            // A nonce of its own on every answer, which SecurityHeaders adds to the page's Content-Security-Policy.
            .WithNonce());
        return app;
    }
}
