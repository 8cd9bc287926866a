namespace Workflows.Elsa;

/// <summary>
/// Elsa 3.6's <c>customProperties.mergeMode</c>: how a flowchart runs an activity that several connections lead to.
/// Our definitions without a mode run it on every arrival, which is Elsa's Cascade; Elsa without a mode streams.
/// </summary>
public static class ElsaMergeMode
{
    public const string Stream = "Stream", Merge = "Merge", Converge = "Converge", Cascade = "Cascade", Race = "Race";

    private static readonly string[] Modes = [Stream, Merge, Converge, Cascade, Race];

    /// <summary>
    /// Our mode of an imported activity, or null when it is ours without one. <paramref name="mode"/> is what Elsa's
    /// JSON names (case-insensitively, as Elsa parses it); an activity led to by more than one connection and naming
    /// none gets Elsa's default written out. Throws <see cref="FormatException"/> for a name Elsa does not have.
    /// </summary>
    public static string? Import(string? mode, int inboundConnections)
    {
        if (mode is null) return inboundConnections > 1 ? Stream : null;
        // "None" is the name Elsa's enum gives its default.
        if (mode.Equals("None", StringComparison.OrdinalIgnoreCase)) return Stream;
        var known = Modes.FirstOrDefault(m => m.Equals(mode, StringComparison.OrdinalIgnoreCase))
                    ?? throw new FormatException($"'{mode}' is not a merge mode; give {string.Join(", ", Modes)}");
        return known == Cascade ? null : known;
    }

    /// <summary>Elsa's mode for one of our activities: its own, else Cascade where several connections lead to it.</summary>
    public static string? Export(string? mode, int inboundConnections) => mode ?? (inboundConnections > 1 ? Cascade : null);
}
