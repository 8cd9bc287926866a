namespace Workflows.Activities;

/// <summary>What woke a waiting activity: the bookmark's name and key, and what the caller sent.</summary>
public sealed record Resumption(string BookmarkName, string Key, System.Text.Json.Nodes.JsonObject? Payload, string? BookmarkData);
