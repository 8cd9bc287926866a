namespace Workflows.Runtime;

/// <summary>The version that holds a definition's content, and whether storing it added that version or found it stored.</summary>
public sealed record StoredVersion(int Version, bool Added);
