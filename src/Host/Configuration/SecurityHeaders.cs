using Scalar.AspNetCore;

namespace Library.Host.Configuration;

/// <summary>
/// The headers that keep a browser from turning the service against its own users, on every answer: the designer
/// UI's page, its files, the API, problems and downloads alike, so that no answer is left out by the way it was made.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the service's own scripts, styles, images (and the <c>data:</c> icon of the UI's page), fonts and API calls;
    /// no plugin, no <c>&lt;base&gt;</c> elsewhere, no form posted elsewhere, and no page of any origin may frame it.
    /// The reference page (<c>/scalar</c>) is the one answer with a script nonce: its inline start-up script carries
    /// the nonce Scalar made for this answer alone, and since its script styles the page inline, it alone may apply
    /// inline styles (which can restyle a page but run nothing).
    /// </summary>
    private static string ContentSecurityPolicy(string? referenceNonce) =>
        (referenceNonce is null
            ? "default-src 'self'; script-src 'self'; style-src 'self'; "
            : $"default-src 'self'; script-src 'self' 'nonce-{referenceNonce}'; style-src 'self' 'unsafe-inline'; ") +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Set as the answer starts, so that an answer the exception handler rewrote (it clears the headers) has them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Items[ScalarOptions.NonceHttpContextItemKey] as string);
                // Frame protection for browsers that do not read frame-ancestors.
                headers.XFrameOptions = "DENY";
                // A file is what its Content-Type says: never sniffed into a page.
                headers.XContentTypeOptions = "nosniff";
                // Paths name requests, and a delivery link's path is its token.
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
