using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Library.Host.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Library.Tests.Contract;

/// <summary>
/// The API contract the web UI's types are generated from: a valid OpenAPI 3.1 document naming every route of the
/// service, whose schemas say what the serializer really writes, and whose committed copy is the served one.
/// </summary>
public sealed class OpenApiDocumentTests(OpenApiHost fixture) : IClassFixture<OpenApiHost>
{
    /// <summary>Set by scripts/openapi.sh: the comparison test writes the served document instead of comparing.</summary>
    public const string RefreshVariable = "OPENAPI_REFRESH";

    private static readonly string[] ContractPrefixes = ["/api/", "/delivery/", "/workflows/", "/health"];

    /// <summary>The health probes, which answer their report (503 included) rather than a problem.</summary>
    public static readonly string[] HealthProbes = ["GET /health", "GET /health/live", "GET /health/ready"];

    /// <summary>What anyone may call: signing in, a requester's download link, whose token is the credential, and the health probes.</summary>
    public static readonly string[] Anonymous = ["POST /api/auth/login", "POST /api/auth/refresh", "GET /delivery/{token}", .. HealthProbes];
    private OpenApiDocument Document => fixture.Document;

    [Fact]
    public async Task The_committed_document_is_the_one_the_host_serves()
    {
        var committed = Path.Combine(RepositoryRoot(), "src", "Host", "openapi.json");
        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(committed, fixture.Served);
            return;
        }

        var expected = File.Exists(committed) ? await File.ReadAllTextAsync(committed) : "";
        if (expected == fixture.Served) return;
        var committedLines = expected.Split('\n');
        var servedLines = fixture.Served.Split('\n');
        var line = Enumerable.Range(0, Math.Max(committedLines.Length, servedLines.Length))
            .First(i => i >= committedLines.Length || i >= servedLines.Length || committedLines[i] != servedLines[i]);
        Assert.Fail($"src/Host/openapi.json is not what the host serves at /openapi/v1.json (first difference at line {line + 1}: " +
            $"committed '{committedLines.ElementAtOrDefault(line)?.Trim()}', served '{servedLines.ElementAtOrDefault(line)?.Trim()}'). " +
            "Run scripts/openapi.sh to refresh it, then review the change and commit it.");
    }

    [Fact]
    public void The_document_reads_as_OpenAPI_3_1_without_errors_or_warnings()
    {
        Assert.Empty(fixture.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(fixture.Diagnostic.Warnings.Select(w => $"{w.Pointer}: {w.Message}"));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, fixture.Diagnostic.SpecificationVersion);
        Assert.StartsWith("3.1.", JsonNode.Parse(fixture.Served)!["openapi"]!.GetValue<string>());
        Assert.Equal("Library request workflow service", Document.Info.Title);
        Assert.False(string.IsNullOrEmpty(Document.Info.Version));
    }

    [Fact]
    public async Task Every_route_of_the_service_is_in_the_document_with_its_method_and_a_success_response()
    {
        var routes = await fixture.Host.ServiceAsync<EndpointDataSource, List<(string Method, string Path)>>(source => Task.FromResult(
            source.Endpoints.OfType<RouteEndpoint>()
                .Select(endpoint => (Path: PathOf(endpoint.RoutePattern), Methods: endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
                .Where(route => ContractPrefixes.Any(prefix => route.Path.StartsWith(prefix, StringComparison.Ordinal)))
                .SelectMany(route => route.Methods.Select(method => (method, route.Path)))
                .ToList()));
        // The three kinds of trigger the brief names, so an empty or partial route list cannot pass.
        Assert.Contains(("POST", "/api/scan-stations/{stationId}/scans"), routes);
        Assert.Contains(("POST", "/api/signals/{name}/{key}"), routes);
        Assert.Contains(("POST", "/workflows/http/{route}"), routes);

        var documented = Document.Paths
            .SelectMany(path => path.Value.Operations!.Select(operation => (operation.Key.Method, path.Key)))
            .ToHashSet();
        Assert.Empty(routes.Where(route => !documented.Contains(route)).Select(route => $"{route.Method} {route.Path}"));

        var withoutSuccess = Document.Paths
            .SelectMany(path => path.Value.Operations!.Select(operation => (Route: $"{operation.Key.Method} {path.Key}", operation.Value)))
            .Where(operation => !operation.Value.Responses!.Keys.Any(status => status.StartsWith('2')))
            .Select(operation => operation.Route);
        Assert.Empty(withoutSuccess);
    }

    [Fact]
    public void Every_operation_may_answer_a_problem_and_says_how_it_is_signed_in_to()
    {
        Assert.True(Document.Components!.Schemas!.ContainsKey(nameof(ProblemDetails)));
        var errors = Document.Components.Schemas[nameof(HttpValidationProblemDetails)].Properties!["errors"];
        Assert.Equal(JsonSchemaType.Object, errors.Type);
        Assert.Equal(JsonSchemaType.Array, errors.AdditionalProperties!.Type);
        Assert.Equal(JsonSchemaType.String, errors.AdditionalProperties.Items!.Type);

        foreach (var (path, operation) in Operations().Where(o => !HealthProbes.Contains(o.Route)))
        {
            var serverError = operation.Responses!["500"].Content!["application/problem+json"].Schema;
            Assert.Equal(nameof(ProblemDetails), (serverError as OpenApiSchemaReference)?.Reference.Id);
            foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')))
                Assert.True(response.Content?.Keys.SequenceEqual(["application/problem+json"]), $"{path} {status} is not a problem");
            var schemes = (operation.Security ?? []).SelectMany(r => r.Keys).Select(s => s.Reference.Id).Order().ToList();
            if (Anonymous.Contains(path) || path == "POST /api/iso18626") Assert.Empty(schemes);
            else if (path == "POST /api/scan-stations/{stationId}/scans") Assert.Equal(["bearer", "scanStationKey", "sessionCookie"], schemes);
            else Assert.True(schemes.SequenceEqual(["bearer", "sessionCookie"]), $"{path} names the sign-ins {string.Join(", ", schemes)}");
        }
    }

    [Fact]
    public void The_health_probes_answer_their_report_and_need_no_sign_in()
    {
        foreach (var (path, operation) in Operations().Where(o => HealthProbes.Contains(o.Route)))
        {
            Assert.Empty(operation.Security ?? []);
            var statuses = operation.Responses!.Keys.Order().ToList();
            Assert.Equal(path == "GET /health/live" ? ["200"] : ["200", "503"], statuses);
            foreach (var response in operation.Responses.Values)
                Assert.Equal(nameof(Library.Host.Contracts.HealthView), (response.Content!["application/json"].Schema as OpenApiSchemaReference)?.Reference.Id);
        }
        Assert.Equal(HealthProbes.Order(), Operations().Select(o => o.Route).Where(HealthProbes.Contains).Order());
    }

    /// <summary>
    /// A 4xx declared as a typed result (<c>NotFound&lt;ProblemDetails&gt;</c>), the way handlers are moving to, says
    /// application/json in its metadata; the document names the problem type the body is written as. Shown on an
    /// application of its own, since no handler of the service declares one yet.
    /// </summary>
    [Fact]
    public async Task A_typed_problem_result_is_documented_as_a_problem()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLibraryOpenApi();
        await using var app = builder.Build();
        app.MapGet("/api/probes/{id}", Results<Ok<string>, NotFound<ProblemDetails>> (int id) =>
            TypedResults.NotFound(new ProblemDetails { Detail = $"No probe {id}." }));
        app.MapLibraryOpenApi();
        await app.StartAsync();

        var (document, diagnostic) = OpenApiDocument.Parse(await app.GetTestClient().GetStringAsync("/openapi/v1.json"), "json");
        Assert.Empty(diagnostic!.Errors);
        var notFound = document!.Paths["/api/probes/{id}"].Operations![HttpMethod.Get].Responses!["404"];
        Assert.Equal(["application/problem+json"], notFound.Content!.Keys);
        Assert.Equal(nameof(ProblemDetails), (notFound.Content["application/problem+json"].Schema as OpenApiSchemaReference)?.Reference.Id);
        Assert.Equal([nameof(ProblemDetails)], document.Components!.Schemas!.Keys.Where(name => name.StartsWith(nameof(ProblemDetails))));
    }

    /// <summary>The document calls JSON bodies required; the service indeed refuses every such call without one.</summary>
    [Fact]
    public async Task Every_operation_with_a_required_JSON_body_refuses_a_call_without_one()
    {
        var calls = Operations()
            .Where(o => o.Operation.RequestBody is { Required: true, Content: { } content } && content.ContainsKey("application/json"))
            .ToList();
        Assert.NotEmpty(calls);
        // Signed in with every role, so what answers is the body check, not the access check in front of it.
        var admin = await fixture.Host.SignedInAsync();
        foreach (var (route, operation) in calls)
        {
            var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
            foreach (var parameter in (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path))
                path = path.Replace($"{{{parameter.Name}}}", parameter.Schema!.Format == "uuid" ? Guid.NewGuid().ToString()
                    : parameter.Schema.Type == JsonSchemaType.Integer ? "1" : "openapi-probe");
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent([]) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var response = await admin.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route} without a body answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>
    /// Every enum schema lists exactly the strings the API writes, with the host's own serializer options (the
    /// camel-case converter and <c>[JsonStringEnumMemberName]</c> names), and nothing else, not even null.
    /// </summary>
    [Fact]
    public async Task Enum_schemas_list_the_strings_the_serializer_writes()
    {
        var options = await HostJsonOptionsAsync();
        var enums = Document.Components!.Schemas!.Where(s => s.Value.Enum is { Count: > 0 }).ToList();
        Assert.Contains(enums, e => e.Key == "DigitizationStatus" && e.Value.Enum!.Any(v => v!.GetValue<string>() == "Pickup From Shelf"));
        foreach (var (name, schema) in enums)
        {
            var type = ContractType(name);
            var written = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, options).Trim('"')).Distinct();
            Assert.Equal(JsonSchemaType.String, schema.Type);
            Assert.Equal(written, schema.Enum!.Select(v => v?.GetValue<string>()));
        }
    }

    /// <summary>
    /// Each object schema is named after its C# type and has a schema for each property the serializer handles.
    /// A property admits null exactly where C# declares it nullable. A type a response carries requires every
    /// property the serializer always writes; a type only ever sent in a request requires what is non-nullable.
    /// </summary>
    [Fact]
    public async Task Object_schemas_require_and_allow_null_as_the_CSharp_types_declare()
    {
        var options = await HostJsonOptionsAsync();
        var inResponses = ComponentsReachedFrom(Operations().SelectMany(o => o.Operation.Responses!.Values)
            .SelectMany(r => r.Content?.Values ?? []).Select(m => m.Schema));
        var nullability = new NullabilityInfoContext();
        var objects = Document.Components!.Schemas!.Where(s => s.Value.Properties is { Count: > 0 }).ToList();
        Assert.Contains(objects, o => o.Key == "DigitizationRequestView");
        var mismatches = new List<string>();
        foreach (var (name, schema) in objects)
        {
            var typeInfo = options.GetTypeInfo(ContractType(name));
            foreach (var property in typeInfo.Properties.Where(p => !p.IsExtensionData))
            {
                if (!schema.Properties!.TryGetValue(property.Name, out var propertySchema))
                {
                    mismatches.Add($"{name}.{property.Name} has no schema");
                    continue;
                }
                var member = (PropertyInfo)property.AttributeProvider!;
                var nullable = nullability.Create(member).ReadState == NullabilityState.Nullable;
                if (AdmitsNull(propertySchema) != nullable)
                    mismatches.Add($"{name}.{property.Name} admits null: {AdmitsNull(propertySchema)}, C# nullable: {nullable}");
                // Responses are written with DefaultIgnoreCondition = Never: only a member's own [JsonIgnore] leaves it out.
                var required = inResponses.Contains(name)
                    ? member.GetCustomAttribute<JsonIgnoreAttribute>() is null or { Condition: JsonIgnoreCondition.Never }
                    : !nullable && property.AssociatedParameter is not { HasDefaultValue: true };
                var isRequired = schema.Required?.Contains(property.Name) == true;
                if (isRequired != required) mismatches.Add($"{name}.{property.Name} required: {isRequired}, expected {required}");
            }
        }
        Assert.Empty(mismatches);
    }

    /// <summary>The web defaults also read numbers from strings, but the API writes numbers: the contract says number.</summary>
    [Fact]
    public void Numbers_are_never_described_as_strings()
    {
        var schemas = Document.Components!.Schemas!.Values.SelectMany(s => (s.Properties?.Values ?? []).Append(s))
            .Concat(Operations().SelectMany(o => o.Operation.Parameters ?? []).Select(p => p.Schema!))
            .ToList();
        Assert.Contains(schemas, s => s.Type?.HasFlag(JsonSchemaType.Integer) == true);
        Assert.DoesNotContain(schemas, s => s.Type is { } type
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && (type.HasFlag(JsonSchemaType.String) || s.Pattern is not null));
    }

    private IEnumerable<(string Route, OpenApiOperation Operation)> Operations() =>
        Document.Paths.SelectMany(path => path.Value.Operations!.Select(o => ($"{o.Key.Method} {path.Key}", o.Value)));

    private Task<JsonSerializerOptions> HostJsonOptionsAsync() =>
        fixture.Host.ServiceAsync<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>, JsonSerializerOptions>(o => Task.FromResult(o.Value.SerializerOptions));

    /// <summary>The one C# type of the contract with this schema name: a second one, or none, is a naming defect.</summary>
    private static Type ContractType(string schemaName)
    {
        Assembly[] assemblies = [typeof(Library.Host.Configuration.ApiSetup).Assembly, typeof(Library.Digitization.DigitizationStatus).Assembly,
            typeof(Workflows.Runtime.WorkflowRuntime).Assembly, typeof(ProblemDetails).Assembly, typeof(HttpValidationProblemDetails).Assembly,
            typeof(Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse).Assembly];
        var types = assemblies.Distinct().SelectMany(a => a.GetExportedTypes()).Where(t => t.Name == schemaName).Distinct().ToList();
        Assert.True(types.Count == 1, $"Schema '{schemaName}' should name exactly one C# type; found {types.Count}");
        return types[0];
    }

    private static bool AdmitsNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(AdmitsNull) == true;

    /// <summary>The names of the component schemas these schemas lead to, through properties, items and alternatives.</summary>
    private static HashSet<string> ComponentsReachedFrom(IEnumerable<IOpenApiSchema?> roots)
    {
        var reached = new HashSet<string>();
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference reference && !reached.Add(reference.Reference.Id!)) continue;
            foreach (var next in (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []))
                pending.Push(next);
            if (schema.Items is { } items) pending.Push(items);
            if (schema.AdditionalProperties is { } additional) pending.Push(additional);
        }
        return reached;
    }

    /// <summary>A route as the document writes it: constraints, defaults and catch-all marks left out.</summary>
    internal static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new NotSupportedException(part.GetType().Name),
        }))));

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Workflows.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No Workflows.sln above {AppContext.BaseDirectory}");
    }
}
