using Library.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>The authorization policies, one per kind of work, named after what they allow.</summary>
public static class StaffPolicies
{
    /// <summary>Reading lists and pages: any staff role.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Accounts, departments, patron limits, delivery rules, profile rules, workflow definitions.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Only changing one's own password and reading one's account: allowed with an expired password too.</summary>
    public const string OwnAccount = nameof(OwnAccount);

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Staff, p => p.RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement([])))
        .AddPolicy(Administration, p => p.RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement([StaffRole.GeneralSystemAdministrator])))
        .AddPolicy(OwnAccount, p => p.RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement(null, AllowsExpiredPassword: true)));
}
