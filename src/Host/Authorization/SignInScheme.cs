using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Library.Host.Authorization;

public static class SignInScheme
{
    /// <summary>
    /// Whether the request was authenticated by the session cookie. The identity's own authentication type cannot
    /// tell: Identity names it after the cookie scheme for bearer tokens too.
    /// </summary>
    public static bool IsCookieSession(this HttpContext http) =>
        http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme == IdentityConstants.ApplicationScheme;
}
