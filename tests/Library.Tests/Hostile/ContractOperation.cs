using System.Text.Json.Nodes;
using Library.Tests.Contract;

namespace Library.Tests.Hostile;

/// <summary>One operation of the committed contract (<c>src/Host/openapi.json</c>), with its schemas resolved.</summary>
public sealed record ContractOperation(
    string Method,
    string Path,
    IReadOnlyList<(string Name, JsonObject Schema)> PathParameters,
    IReadOnlyList<(string Name, JsonObject Schema)> QueryParameters,
    IReadOnlyDictionary<string, JsonObject> Bodies)
{
    private static readonly Lazy<JsonObject> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "src", "Host", "openapi.json")))!.AsObject());

    /// <summary>Every operation, so that a new endpoint is sent hostile input as soon as the contract lists it.</summary>
    public static readonly Lazy<IReadOnlyList<ContractOperation>> All = new(() =>
        Document.Value["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => Read(path.Key, operation.Key.ToUpperInvariant(), operation.Value!.AsObject())))
            .ToList());

    public static ContractOperation Named(string name) => All.Value.Single(operation => operation.ToString() == name);

    public bool Writes => Method is "POST" or "PUT" or "PATCH";

    public override string ToString() => $"{Method} {Path}";

    /// <summary>The schema with every <c>$ref</c> at its top replaced by what it refers to.</summary>
    public static JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is { } reference)
            schema = Document.Value["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!.AsObject();
        return schema;
    }

    private static ContractOperation Read(string path, string method, JsonObject operation)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToList();
        (string, JsonObject) Parameter(JsonObject p) => ((string)p["name"]!, Resolve(p["schema"]?.AsObject() ?? []));
        return new ContractOperation(method, path,
            parameters.Where(p => (string?)p["in"] == "path").Select(Parameter).ToList(),
            parameters.Where(p => (string?)p["in"] == "query").Select(Parameter).ToList(),
            (operation["requestBody"]?["content"]?.AsObject() ?? [])
                .ToDictionary(content => content.Key, content => Resolve(content.Value!["schema"]?.AsObject() ?? [])));
    }
}
