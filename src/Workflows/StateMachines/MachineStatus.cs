using System.Text.Json.Serialization;

namespace Workflows.StateMachines;

/// <summary>Where a state-machine instance is: its status, and the status an action with <c>remember</c> left last.</summary>
internal sealed class MachineStatus
{
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("interrupted")] public string? Interrupted { get; set; }
}
