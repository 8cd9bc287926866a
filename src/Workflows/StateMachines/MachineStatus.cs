using System.Text.Json.Serialization;

namespace Workflows.StateMachines;

/// <summary>
/// Where a state-machine instance is: its status, and the statuses actions with <c>remember</c> left and no
/// "$interrupted" target has returned to yet, latest first (an interruption can itself be interrupted, as when a
/// partner asks to cancel while conditions await its answer).
/// </summary>
internal sealed class MachineStatus
{
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("interrupted")] public string? Interrupted { get; set; }
    [JsonPropertyName("interruptedBefore"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<string>? Before { get; set; }

    public void Remember(string status)
    {
        if (Interrupted is not null) (Before ??= []).Insert(0, Interrupted);
        Interrupted = status;
    }

    /// <summary>The status "$interrupted" returns to (<paramref name="fallback"/> when none is remembered), no longer remembered.</summary>
    public string Resume(string fallback)
    {
        var status = Interrupted ?? fallback;
        Interrupted = Before is [var earlier, ..] ? earlier : null;
        if (Before is { Count: > 0 }) Before.RemoveAt(0);
        if (Before is { Count: 0 }) Before = null;
        return status;
    }
}
