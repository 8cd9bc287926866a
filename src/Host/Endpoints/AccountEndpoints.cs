using Library.Accounts;
using Library.Host.Authorization;
using Library.Host.Configuration;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>
/// Accounts administration (General System Administrator): personal and shared accounts, their roles with scopes,
/// end dates, and passwords set for their owners to change.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts").Needs(StaffPolicies.Administration);
        group.MapGet("/", List);
        group.MapGet("/{userName}", Get).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).Validate<AccountBody>();
        group.MapPut("/{userName}", Update).Validate<AccountBody>().Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{userName}/password", ResetPassword).Validate<PasswordResetBody>().Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<List<AccountView>>> List(UserManager<StaffAccount> users, StaffAccess access, InstitutionLanguage language, CancellationToken ct) =>
        TypedResults.Ok((await users.Users.AsNoTracking().OrderBy(a => a.NormalizedUserName).ToListAsync(ct))
            .Select(a => AccountView.Of(a, access.UtcNow, language)).ToList());

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> Get(string userName, UserManager<StaffAccount> users, StaffAccess access, InstitutionLanguage language) =>
        await users.FindByNameAsync(userName) is { } account ? TypedResults.Ok(AccountView.Of(account, access.UtcNow, language)) : UnknownAccount(userName);

    /// <summary>The password is the administrator's choice, so the owner changes it at first sign-in.</summary>
    private static async Task<Results<Created<AccountView>, ProblemHttpResult>> Create(
        AccountBody? body, UserManager<StaffAccount> users, StaffAccess access, InstitutionLanguage language)
    {
        if (body!.Password is not { Length: > 0 } password)
            return ApiProblems.Invalid("password", "'password' is required for a new account; its owner changes it at first sign-in.");
        if (await users.FindByNameAsync(body.UserName) is not null)
            return ApiProblems.Invalid("userName", $"The user name '{body.UserName}' is taken.");
        var account = new StaffAccount
        {
            UserName = body.UserName, MustChangePassword = true, PasswordChangedAt = access.UtcNow, CreatedAt = access.UtcNow,
        };
        Apply(body, account);
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded) return IdentityProblems.Of(created);
        return TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(account.UserName)}", AccountView.Of(account, access.UtcNow, language));
    }

    /// <summary>
    /// Replaces the account's details and roles; its user name stays. A change that would leave no active account
    /// able to administer the service is refused.
    /// </summary>
    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> Update(
        string userName, AccountBody? body, UserManager<StaffAccount> users, StaffAccess access, InstitutionLanguage language, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { } account) return UnknownAccount(userName);
        if (!string.Equals(body!.UserName, account.UserName, StringComparison.OrdinalIgnoreCase))
            return ApiProblems.Invalid("userName", $"An account keeps its user name: '{account.UserName}'.");
        Apply(body, account);
        if (!await AnotherAdministratorAsync(users, account, access, ct) && !IsAdministrator(account, access))
            return ApiProblems.Conflict($"Account '{account.UserName}' is the last active General System Administrator; give the role to another account first.");
        var updated = await users.UpdateAsync(account);
        return updated.Succeeded ? TypedResults.Ok(AccountView.Of(account, access.UtcNow, language)) : IdentityProblems.Of(updated);
    }

    /// <summary>A password the owner must change at the next sign-in; the lockout ends, and so does every session of the account.</summary>
    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> ResetPassword(
        string userName, PasswordResetBody? body, UserManager<StaffAccount> users, StaffAccess access, InstitutionLanguage language)
    {
        if (await users.FindByNameAsync(userName) is not { } account) return UnknownAccount(userName);
        var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), body!.Password);
        if (!reset.Succeeded) return IdentityProblems.Of(reset);
        account.MustChangePassword = true;
        account.PasswordChangedAt = access.UtcNow;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        await users.UpdateAsync(account);
        return TypedResults.Ok(AccountView.Of(account, access.UtcNow, language));
    }

    private static void Apply(AccountBody body, StaffAccount account)
    {
        account.DisplayName = body.DisplayName;
        account.Email = string.IsNullOrEmpty(body.Email) ? null : body.Email;
        account.Kind = body.AccountKind();
        account.EndDate = body.EndDate;
        account.Enabled = body.Enabled ?? true;
        account.Roles = body.Grants();
    }

    private static bool IsAdministrator(StaffAccount account, StaffAccess access) =>
        account.IsActiveOn(access.Today) && account.Roles.Any(r => r.Role == StaffRole.GeneralSystemAdministrator);

    private static async Task<bool> AnotherAdministratorAsync(UserManager<StaffAccount> users, StaffAccount except, StaffAccess access, CancellationToken ct) =>
        (await users.Users.AsNoTracking().Where(a => a.Id != except.Id && a.Enabled).ToListAsync(ct)).Any(a => IsAdministrator(a, access));

    private static ProblemHttpResult UnknownAccount(string userName) => ApiProblems.NotFound($"No account '{userName}'.");
}
