using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// Elsa 3.6's <c>customProperties.mergeMode</c>: how a flowchart runs an activity that several connections lead to.
/// Our definitions without a mode run it on every arrival, which is Elsa's Cascade; Elsa without a mode streams.
/// </summary>
public static class ElsaMergeMode
{
    /// <summary>
    /// Our mode of an imported activity, or null when it is ours without one. <paramref name="mode"/> is what Elsa's
    /// JSON names (read as <see cref="MergeModes.TryParse"/> reads it); an activity led to by more than one connection
    /// and naming none gets Elsa's default written out. Throws <see cref="FormatException"/> for a name Elsa does not have.
    /// </summary>
    public static string? Import(string? mode, int inboundConnections)
    {
        if (mode is null) return inboundConnections > 1 ? nameof(MergeMode.Stream) : null;
        if (!MergeModes.TryParse(mode, out var known))
            throw new FormatException($"'{mode}' is not a merge mode; give {string.Join(", ", MergeModes.Names)}");
        return known == MergeMode.Cascade ? null : known.ToString();
    }

    /// <summary>Elsa's mode for one of our activities: its own, else Cascade where several connections lead to it.</summary>
    public static string? Export(string? mode, int inboundConnections) => mode ?? (inboundConnections > 1 ? nameof(MergeMode.Cascade) : null);
}
