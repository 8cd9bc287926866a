using System.Text.Json.Serialization;

namespace Workflows.Runtime;

/// <summary>A bookmark of an open wait; <c>dueAt</c> marks a timer, whose job is cancelled when the wait closes.</summary>
internal sealed record OpenBookmark(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("dueAt")] DateTime? DueAt = null);
