namespace Workflows.Runtime;

/// <summary>The version that holds a published definition, and whether publishing added it or found it stored.</summary>
public sealed record PublishedVersion(int Version, bool Added);
