using Library.Accounts;
using Library.Host.Authorization;
using Library.Host.Configuration;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Library.Host.Endpoints;

/// <summary>The language one's own account reads the staff UI in, which the UI's header switcher sets.</summary>
public static class AccountLanguageEndpoints
{
    public static IEndpointRouteBuilder MapAccountLanguage(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/auth").WithTags("Accounts")
            .MapPut("/language", Change).RequireAuthorization(StaffPolicies.OwnAccount).Validate<LanguageBody>();
        return app;
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> Change(
        LanguageBody? body, UserManager<StaffAccount> users, StaffAccess access, InstitutionLanguage language)
    {
        if (await access.CurrentAsync() is not { } current || await users.FindByIdAsync(current.Id) is not { } account)
            return ApiProblems.Unauthorized("The account has ended, was disabled, or was signed out: sign in again.");
        account.Language = body!.Language;
        var updated = await users.UpdateAsync(account);
        return updated.Succeeded ? TypedResults.Ok(AccountView.Of(account, access.UtcNow, language)) : IdentityProblems.Of(updated);
    }
}
