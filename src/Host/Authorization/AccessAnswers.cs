using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Library.Host.Authorization;

/// <summary>
/// Refusals as RFC 7807 problems: 401 when nobody is signed in, or the account behind the cookie or token no longer
/// works; 403 naming the role the account lacks. Never a redirect to a sign-in page: this is an API.
/// </summary>
public sealed class AccessAnswers(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await _default.HandleAsync(next, http, policy, result);
            return;
        }
        var refusal = result.AuthorizationFailure?.FailureReasons.OfType<AccessRefusal>().FirstOrDefault();
        var (status, title, detail) = result.Challenged || refusal is { SignInAgain: true }
            ? (StatusCodes.Status401Unauthorized, "Sign in first.",
                refusal?.Message ?? AccessRefusal.Remembered(http) ?? "This needs a signed-in staff account: POST /api/auth/login.")
            : (StatusCodes.Status403Forbidden, "Not allowed for this account.", refusal?.Message ?? "The account may not do this.");
        // A session cookie whose account stopped working is removed, so the browser signs in afresh rather than sending it on.
        if (refusal is { SignInAgain: true } && http.IsCookieSession()) await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Title = title, Detail = detail } });
    }
}
