using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Library.Host.Configuration;

/// <summary>
/// Serves the designer UI that <c>scripts/ui.sh</c> builds into <c>wwwroot</c>: its files, <c>index.html</c> at
/// <c>/</c>, and <c>index.html</c> for every other page path so the browser's router can show it. Paths under
/// <c>/api</c>, <c>/delivery</c> and <c>/workflows</c> are the service's own and never fall back to the page: an
/// unknown one stays a 404 problem. Without a built UI (API-only tests) the host serves the API alone.
/// </summary>
public static class UiSetup
{
    /// <summary>A page path: not one of the service's own prefixes, and no file name (a missing asset stays 404).</summary>
    private const string PagePattern = "{*path:nonfile:regex(^(?!(api|delivery|workflows)(/|$)))}";

    public static WebApplication UseDesignerUi(this WebApplication app)
    {
        if (!app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists) return app;

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCaching });
        app.MapFallbackToFile(PagePattern, "index.html", new StaticFileOptions { OnPrepareResponse = SetCaching });
        return app;
    }

    /// <summary>
    /// Vite names each bundle by its content hash, so those files never change and may be kept; the page itself is
    /// checked on every load, so a rebuilt UI is picked up at once.
    /// </summary>
    private static void SetCaching(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/assets")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
