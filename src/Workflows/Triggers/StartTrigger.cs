using System.Text.Json.Nodes;

namespace Workflows.Triggers;

/// <summary>
/// An activity right after the Start of an active flowchart that starts new instances when what it waits for arrives
/// (Elsa's trigger): the definition version, the activity, and what it answers to as a bookmark's name and key.
/// </summary>
public sealed record StartTrigger(string DefinitionId, int Version, string ActivityId, string Name, string Key, JsonObject Inputs);
