using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bench.Measurements.History;

/// <summary>
/// How one text cell of the template is written for a copy: literal text with holes for the template's ids (each copy has
/// its own), its barcode, and its timestamps (each copy lies further back in time). Parsed once, rendered per copy
/// without searching the text again.
/// </summary>
public sealed partial class CellRecipe
{
    private const string Timestamp = "yyyy-MM-dd HH:mm:ss";
    private const string IsoTimestamp = "yyyy-MM-ddTHH:mm:ss";

    private readonly List<Part> _parts;

    private CellRecipe(List<Part> parts) => _parts = parts;

    /// <summary>True when the cell holds nothing a copy changes, so the template's value is written as it is.</summary>
    public bool IsLiteral => _parts.All(p => p.Kind == PartKind.Text);

    /// <param name="ids">The template's ids, each given its index; new ones found here are added.</param>
    public static CellRecipe Parse(string text, string barcode, Dictionary<Guid, int> ids)
    {
        var parts = new List<Part>();
        var position = 0;
        foreach (Match match in Holes().Matches(text))
        {
            if (match.Index > position) parts.Add(Part.Text(text[position..match.Index]));
            parts.Add(HoleOf(match.Value, barcode, ids));
            position = match.Index + match.Length;
        }
        if (position < text.Length) parts.Add(Part.Text(text[position..]));
        return new CellRecipe(parts);
    }

    private static Part HoleOf(string value, string barcode, Dictionary<Guid, int> ids)
    {
        if (Guid.TryParse(value, out var id))
        {
            if (!ids.TryGetValue(id, out var index)) ids[id] = index = ids.Count;
            return new Part(PartKind.Id, value, index, char.IsUpper(value.First(char.IsLetter)));
        }
        if (value.Equals(barcode, StringComparison.OrdinalIgnoreCase))
            return new Part(PartKind.Barcode, value, 0, value == barcode);
        var iso = value[10] == 'T';
        return new Part(PartKind.Time, value, 0, iso, DateTime.ParseExact(value, iso ? IsoTimestamp : Timestamp, CultureInfo.InvariantCulture));
    }

    public string Render(HistoryCopy copy)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            switch (part.Kind)
            {
                case PartKind.Text: text.Append(part.Value); break;
                case PartKind.Id:
                    var id = copy.Ids[part.Index].ToString();
                    text.Append(part.Flag ? id.ToUpperInvariant() : id);
                    break;
                case PartKind.Barcode: text.Append(part.Flag ? copy.Barcode : copy.Barcode.ToLowerInvariant()); break;
                case PartKind.Time:
                    text.Append((part.At - copy.Age).ToString(part.Flag ? IsoTimestamp : Timestamp, CultureInfo.InvariantCulture));
                    break;
            }
        }
        return text.ToString();
    }

    private enum PartKind { Text, Id, Barcode, Time }

    /// <param name="Flag">For an id, upper case; for the barcode, as typed (else folded to lower case); for a time, ISO 8601's 'T'.</param>
    private sealed record Part(PartKind Kind, string Value, int Index, bool Flag, DateTime At = default)
    {
        public static Part Text(string value) => new(PartKind.Text, value, 0, false);
    }

    // A timestamp is matched down to the second: the fraction after it stays, since copies move by whole minutes.
    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d|" + FinishedRequest.Barcode,
        RegexOptions.IgnoreCase)]
    private static partial Regex Holes();
}
