using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>Why access was refused, for the problem body; <see cref="SignInAgain"/> answers 401 rather than 403.</summary>
public sealed class AccessRefusal(IAuthorizationHandler handler, string message, bool signInAgain) : AuthorizationFailureReason(handler, message)
{
    private const string Item = "access.refusal";

    public bool SignInAgain { get; } = signInAgain;

    /// <summary>Keeps why credentials were refused before authorization ran (a revoked key), for the 401's detail.</summary>
    public static void Remember(HttpContext http, string why) => http.Items[Item] = why;

    public static string? Remembered(HttpContext http) => http.Items[Item] as string;
}
