namespace Workflows.Activities;

/// <summary>A bookmark an activity asks for: resumed by (name, key), or by the clock when <see cref="DueAt"/> is set.</summary>
public sealed record BookmarkRequest(string Name, string Key, DateTime? DueAt = null, string? Data = null);
