namespace Library.Moves;

/// <summary>
/// The <c>Returns</c> configuration section: the circulation desk through which an item goes back to its shelf after
/// digitization, per library code. A library not listed uses the desk <c>{library}_CIRC</c>.
/// </summary>
public sealed class ReturnDesks
{
    public Dictionary<string, string> CirculationDesks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string DeskOf(string library) => CirculationDesks.TryGetValue(library, out var desk) ? desk : $"{library}_CIRC";
}
