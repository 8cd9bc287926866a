using System.Net.Http.Headers;
using System.Text;
using Library.Host.Authorization;
using Library.Host.Idempotency;
using Library.Host.Iso18626;
using Library.Host.Problems;
using Library.Iso18626;

namespace Library.Host.Endpoints;

/// <summary>
/// ISO 18626 (interlibrary loan transactions): where partners post requests and requesting-agency messages, answered
/// with the matching confirmation. Every message gets 200 and a confirmation, ERROR when it is refused, since that is
/// what a requesting agency such as Project ReShare reads; only a body that is not XML at all is refused by HTTP (415).
/// </summary>
public static class Iso18626Endpoints
{
    private static readonly string[] XmlTypes = ["application/xml", "text/xml"];

    public static IEndpointRouteBuilder MapIso18626(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/iso18626", Receive).WithTags("ISO 18626")
            .RequireAuthorization(PartnerPolicies.Iso18626Partner).TakesNoKeys()
            .Accepts<string>(XmlTypes[0], XmlTypes[1..])
            .Produces<string>(StatusCodes.Status200OK, XmlTypes[0])
            .Refuses(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Receives an ISO 18626 message from a partner")
            .WithDescription("A request or requestingAgencyMessage (ISO 18626 v1.2 XML, with or without the ISO18626Message wrapper; the " +
                             "shared secret in requestingAgencyAuthentication/securityCode), answered with the matching confirmation: ERROR with " +
                             "errorData when refused. A message over 1 MB is BadlyFormedMessage.");
        return app;
    }

    private static async Task<IResult> Receive(HttpRequest request, Iso18626Receiver receiver, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !XmlTypes.Contains(type.MediaType, StringComparer.OrdinalIgnoreCase))
            return ApiProblems.UnsupportedMediaType(request.ContentType ?? "of no media type", "ISO 18626 XML as application/xml or text/xml");
        var confirmation = await receiver.ReceiveAsync(await BodyAsync(request, type.CharSet, ct), ct);
        return Results.Text(Iso18626Writer.Write(confirmation), "application/xml", Encoding.UTF8);
    }

    /// <summary>
    /// The body as text, read no further than one character past the limit: the reader refuses a longer message without
    /// the rest of it being read. Read in chunks, since most messages are a few kilobytes.
    /// </summary>
    private static async Task<string> BodyAsync(HttpRequest request, string? charset, CancellationToken ct)
    {
        var encoding = charset is not null && TryEncoding(charset) is { } declared ? declared : Encoding.UTF8;
        using var reader = new StreamReader(request.Body, encoding, detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var chunk = new char[16 * 1024];
        int read;
        while (text.Length <= Iso18626Xml.MaxCharacters
               && (read = await reader.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, Iso18626Xml.MaxCharacters + 1 - text.Length)), ct)) > 0)
            text.Append(chunk, 0, read);
        return text.ToString();
    }

    private static Encoding? TryEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
