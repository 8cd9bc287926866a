using Library.Host.Configuration;
using Library.Host.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Library.Host.OpenApi;

/// <summary>
/// The health probes of <see cref="HealthSetup"/>. Health checks are mapped without a handler method, which is what
/// the framework describes operations from, so they are written here; they need no sign-in and answer
/// <see cref="HealthView"/>, not a problem, even when unhealthy.
/// </summary>
internal sealed class HealthProbes : IOpenApiDocumentTransformer
{
    private const string Tag = "Health";
    private const string Readiness = "Checks the database (reachable, every migration applied) and the SMTP server. " +
        "Healthy or Degraded (SMTP unreachable: letters wait in the outbox) answer 200; Unhealthy answers 503.";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var report = await context.ReferenceAsync(document, typeof(HealthView), cancellationToken);
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag });
        document.Paths ??= [];
        document.Paths[HealthSetup.LivePath] = Probe(document, report, "Liveness: the process is up.",
            "Runs no check and touches no database: 200 Healthy while the process answers at all.", ready: false);
        document.Paths[HealthSetup.ReadyPath] = Probe(document, report, "Readiness: the service can do its work.", Readiness, ready: true);
        document.Paths[HealthSetup.AliasPath] = Probe(document, report, $"The readiness probe under its older name ({HealthSetup.ReadyPath}).",
            Readiness, ready: true);
    }

    private static OpenApiPathItem Probe(OpenApiDocument document, IOpenApiSchema report, string summary, string description, bool ready)
    {
        var responses = new OpenApiResponses { ["200"] = Answer(ready ? "Healthy or Degraded" : "Healthy", report) };
        if (ready) responses["503"] = Answer("Unhealthy: a check failed", report);
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
                    Summary = summary,
                    Description = description,
                    Responses = responses,
                },
            },
        };
    }

    private static OpenApiResponse Answer(string description, IOpenApiSchema report) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = report } },
    };
}
