using System.Text.Json.Nodes;

namespace Library.Host.Contracts;

/// <summary>
/// An Elsa 3 workflow definition as Elsa Studio exports it, for the OpenAPI document only: the import reads the body
/// itself (<see cref="Workflows.Elsa.ElsaDocument"/>), which also takes the older shapes Elsa 3.0 wrote. <see cref="Root"/>
/// is an <c>Elsa.Flowchart</c> with <c>activities</c> and <c>connections</c>.
/// </summary>
public sealed record ElsaDefinitionDocument(
    string DefinitionId, string? Name, int? Version, bool? IsPublished, IReadOnlyList<JsonObject>? Variables, JsonObject Root);
