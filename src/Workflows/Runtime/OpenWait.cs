using System.Text.Json.Serialization;

namespace Workflows.Runtime;

/// <summary>A branch suspended at an activity, and the bookmarks that can wake it.</summary>
internal sealed record OpenWait(
    [property: JsonPropertyName("group")] Guid Group,
    [property: JsonPropertyName("activityId")] string ActivityId,
    [property: JsonPropertyName("bookmarks")] List<OpenBookmark> Bookmarks);
