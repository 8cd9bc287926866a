using System.Collections.Frozen;
using Microsoft.Net.Http.Headers;

namespace Library.Host.Files;

/// <summary>
/// The type a stored file is served with. The type on record is whatever the uploader's client declared: served as
/// such, <c>text/html</c> or <c>image/svg+xml</c> would be a page of this service's origin, running its scripts with the
/// reader's session (stored cross-site scripting). So only the types on this list, which a browser shows or hands to
/// an application without running any of it here, are served as declared; any other file is served as
/// <c>application/octet-stream</c>, which a browser only saves.
/// </summary>
public static class ServedMediaType
{
    public const string Opaque = "application/octet-stream";

    /// <summary>
    /// What digitization, clearance and lending deliver: PDF; scans and images, SVG excepted (it is a document that runs
    /// scripts); office documents; plain text and CSV; ZIP archives.
    /// </summary>
    private static readonly FrozenSet<string> Allowed = new[]
    {
        "application/pdf",
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "image/jp2",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation", "application/rtf",
        "text/plain", "text/csv",
        "application/zip",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The declared type, without its parameters and in lower case, when it is on the list; otherwise
    /// <see cref="Opaque"/>. A charset is dropped too: the file is saved as it was sent, whatever its encoding.
    /// </summary>
    public static string Of(string declared) =>
        MediaTypeHeaderValue.TryParse(declared, out var parsed) && parsed.MediaType.Value is { } type && Allowed.Contains(type)
            ? type.ToLowerInvariant()
            : Opaque;
}
