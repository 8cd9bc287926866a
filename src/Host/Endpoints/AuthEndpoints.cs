using Library.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Library.Host.Authorization;
using Library.Host.Configuration;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Library.Host.Endpoints;

/// <summary>
/// Signing in and out. <c>?useCookies=true</c> sets the UI's session cookie (HttpOnly, SameSite=Strict, Secure over
/// HTTPS); otherwise the answer is Identity's bearer token shape for scripts and integrations.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/login", Login).AllowAnonymous().Validate<LoginBody>()
            .Produces<AccessTokenResponse>().Refuses(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", Refresh).AllowAnonymous().Validate<RefreshBody>()
            .Produces<AccessTokenResponse>().Refuses(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", Logout).RequireAuthorization(StaffPolicies.OwnAccount);
        group.MapGet("/me", Me).RequireAuthorization(StaffPolicies.OwnAccount);
        group.MapGet("/csrf", Csrf).RequireAuthorization(StaffPolicies.OwnAccount);
        group.MapPost("/password", ChangePassword).RequireAuthorization(StaffPolicies.OwnAccount).Validate<PasswordChangeBody>();
        return app;
    }

    /// <summary>
    /// The password is checked before anything is said about the account, so a wrong guess learns nothing; five wrong
    /// ones lock the account for a quarter of an hour.
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginBody? body, [FromQuery] bool? useCookies, SignInManager<StaffAccount> signIn, StaffAccess access)
    {
        var account = await signIn.UserManager.FindByNameAsync(body!.UserName);
        if (account is null) return WrongCredentials();
        var check = await signIn.CheckPasswordSignInAsync(account, body.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
            return ApiProblems.Unauthorized($"Account '{account.UserName}' is locked after repeated failed sign-ins until {account.LockoutEnd:u}.");
        if (!check.Succeeded) return WrongCredentials();
        if (!account.IsActiveOn(access.Today))
            return ApiProblems.Unauthorized(account.Enabled
                ? $"Account '{account.UserName}' ended on {account.EndDate:yyyy-MM-dd}; an administrator can extend it."
                : $"Account '{account.UserName}' is disabled.");

        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        await signIn.SignInAsync(account, isPersistent: false);
        return TypedResults.Empty;
    }

    /// <summary>A new access token for a refresh token, while the account still works and has not signed out everywhere since.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshBody? body, SignInManager<StaffAccount> signIn, IOptionsMonitor<BearerTokenOptions> bearer, StaffAccess access)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body!.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || access.UtcNow >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } account || !account.IsActiveOn(access.Today))
            return ApiProblems.Unauthorized("The refresh token is not valid any more: sign in again.");
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(account), authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>
    /// Ends the session of this cookie. <c>?everywhere=true</c> also ends every other session and token of the account,
    /// which is how a bearer token is revoked before it expires.
    /// </summary>
    private static async Task<NoContent> Logout(
        [FromQuery] bool? everywhere, SignInManager<StaffAccount> signIn, StaffAccess access)
    {
        if (everywhere == true && await access.CurrentAsync() is { } current
            && await signIn.UserManager.FindByIdAsync(current.Id) is { } account)
            await signIn.UserManager.UpdateSecurityStampAsync(account);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> Me(StaffAccess access, InstitutionLanguage language) =>
        await access.CurrentAsync() is { } account ? TypedResults.Ok(AccountView.Of(account, access.UtcNow, language)) : SignInAgain();

    /// <summary>
    /// One's own password. Every other session and token of the account ends with the old password; this cookie
    /// session goes on, and a bearer caller signs in again.
    /// </summary>
    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> ChangePassword(
        PasswordChangeBody? body, SignInManager<StaffAccount> signIn, StaffAccess access, InstitutionLanguage language, HttpContext http)
    {
        if (await access.CurrentAsync() is not { } current || await signIn.UserManager.FindByIdAsync(current.Id) is not { } account)
            return SignInAgain();
        if (body!.NewPassword == body.CurrentPassword)
            return ApiProblems.Invalid("newPassword", "The new password must differ from the current one.");
        var changed = await signIn.UserManager.ChangePasswordAsync(account, body.CurrentPassword, body.NewPassword);
        if (!changed.Succeeded)
            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? ApiProblems.Invalid("currentPassword", "The current password is not right.")
                : IdentityProblems.Of(changed, "newPassword");
        account.MustChangePassword = false;
        account.PasswordChangedAt = access.UtcNow;
        await signIn.UserManager.UpdateAsync(account);
        if (http.IsCookieSession()) await signIn.RefreshSignInAsync(account);
        return TypedResults.Ok(AccountView.Of(account, access.UtcNow, language));
    }

    /// <summary>The anti-forgery token a cookie session sends in <c>X-CSRF-Token</c> with every change (<see cref="CookieCsrf"/>).</summary>
    private static Ok<CsrfToken> Csrf(IAntiforgery antiforgery, HttpContext http) =>
        TypedResults.Ok(new CsrfToken(antiforgery.GetAndStoreTokens(http).RequestToken!));

    private static ProblemHttpResult WrongCredentials() => ApiProblems.Unauthorized("Wrong user name or password.");

    private static ProblemHttpResult SignInAgain() => ApiProblems.Unauthorized("The account has ended, was disabled, or was signed out: sign in again.");
}
