using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Library.Iso18626;

/// <summary>Timestamps and dates as partners send them, read as UTC; written in the schema's UTC form.</summary>
internal static partial class IsoDateTime
{
    // No offset means UTC (what ReShare and brokers mean by it); a date alone is its midnight.
    private static readonly string[] Forms =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-ddK",
    ];

    public static bool TryParse(string text, out DateTime utc)
    {
        // "+0000" is common from partners but not ISO 8601 extended form: give the offset its colon.
        var normalized = CompactOffset().Replace(text.Trim(), "$1$2:$3");
        var parsed = DateTimeOffset.TryParseExact(normalized, Forms, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at);
        utc = parsed ? at.UtcDateTime : default;
        return parsed;
    }

    public static string Format(DateTime at) =>
        XmlConvert.ToString(at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at,
            XmlDateTimeSerializationMode.Utc);

    [GeneratedRegex(@"(T.*)([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
