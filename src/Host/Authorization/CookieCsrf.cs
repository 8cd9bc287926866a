using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>
/// A request authenticated by the session cookie that changes something must carry the anti-forgery token of that
/// session in <c>X-CSRF-Token</c> (from <c>GET /api/auth/csrf</c>), so another site cannot make the browser act for
/// its user; SameSite=Strict already keeps the cookie off cross-site requests, this holds for any browser. Bearer
/// tokens and station keys are not sent by browsers on their own, so they need none.
/// </summary>
public sealed class CookieCsrf(RequestDelegate next)
{
    public const string Header = "X-CSRF-Token";

    public async Task InvokeAsync(HttpContext http, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        // Signing in uses no session: a browser holding a cookie the service no longer accepts can still sign in.
        if (IsUnsafe(http.Request.Method) && http.IsCookieSession() && http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !await antiforgery.IsRequestValidAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden, Title = "Missing or wrong anti-forgery token.",
                    Detail = $"A change made with the session cookie needs the session's token in '{Header}': GET /api/auth/csrf.",
                },
            });
            return;
        }
        await next(http);
    }

    private static bool IsUnsafe(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}
