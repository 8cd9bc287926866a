using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>Why access was refused, for the problem body; <see cref="SignInAgain"/> answers 401 rather than 403.</summary>
public sealed class AccessRefusal(IAuthorizationHandler handler, string message, bool signInAgain) : AuthorizationFailureReason(handler, message)
{
    public bool SignInAgain { get; } = signInAgain;
}
