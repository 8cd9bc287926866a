using Library.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>Decides a <see cref="StaffRoleRequirement"/> against the account behind the request's cookie or token.</summary>
public sealed class StaffRoleHandler(StaffAccess access) : AuthorizationHandler<StaffRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRoleRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        if (context.User.HasClaim(c => c.Type == StationKeyHandler.StationClaim))
        {
            if (requirement.AllowsStations) context.Succeed(requirement);
            else context.Fail(new AccessRefusal(this, "A scan station's key is good for scans only.", signInAgain: false));
            return;
        }
        var account = await access.CurrentAsync();
        if (account is null)
        {
            context.Fail(new AccessRefusal(this, "The account has ended, was disabled, or was signed out: sign in again.", signInAgain: true));
            return;
        }
        if (!requirement.AllowsExpiredPassword && account.PasswordExpired(access.UtcNow))
        {
            context.Fail(new AccessRefusal(this, "The password has expired: change it (POST /api/auth/password) before anything else.", signInAgain: false));
            return;
        }
        if (requirement.AnyOf switch
            {
                null => true,
                [] => account.Roles.Count > 0,
                var roles => account.Roles.Any(g => roles.Contains(g.Role)),
            })
        {
            context.Succeed(requirement);
            return;
        }
        var wanted = requirement.AnyOf is [] ? "a staff role" : $"the role {string.Join(" or ", requirement.AnyOf!.Select(r => r.DisplayName()))}";
        context.Fail(new AccessRefusal(this, $"Account '{account.UserName}' lacks {wanted}.", signInAgain: false));
    }
}
