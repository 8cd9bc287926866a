namespace Workflows.Definitions;

/// <summary>Reading an activity's <c>mergeMode</c>.</summary>
public static class MergeModes
{
    /// <summary>The names a definition may give, as Elsa writes them.</summary>
    public static readonly IReadOnlyList<string> Names = Enum.GetNames<MergeMode>();

    /// <summary>
    /// Reads <paramref name="name"/> in any case. Elsa's "None" means no mode chosen, which Elsa runs as
    /// <see cref="MergeMode.Stream"/>; it is read as that.
    /// </summary>
    public static bool TryParse(string name, out MergeMode mode)
    {
        if (string.Equals(name, "None", StringComparison.OrdinalIgnoreCase))
        {
            mode = MergeMode.Stream;
            return true;
        }
        return Enum.TryParse(name, ignoreCase: true, out mode) && Enum.IsDefined(mode) && !int.TryParse(name, out _);
    }
}
