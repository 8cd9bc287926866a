using Library.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Library.Host.Authorization;

/// <summary>
/// The authorization policies, one per kind of work, named after what they allow, with the roles Alma's documentation
/// gives that work. Where the work is scoped (a department, a library, a desk), the endpoint checks the place too.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Reading lists and pages, and the generic triggers: any staff role.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Accounts, scan stations, departments, patron limits, delivery rules, profile rules, workflow definitions.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Next step, attach, digital inventory, done, cancel: a Work Order Operator at the request's department.</summary>
    public const string DigitizationProcessing = nameof(DigitizationProcessing);

    /// <summary>Creating digitization requests for patrons, lending and move requests.</summary>
    public const string Fulfillment = nameof(Fulfillment);

    /// <summary>Approving and rejecting, copyright clearance, expiry, reactivating lending requests.</summary>
    public const string Approval = nameof(Approval);

    /// <summary>Scans: a registered station's key, or a Work Order Operator or Circulation Desk Operator at that place.</summary>
    public const string Scanning = nameof(Scanning);

    /// <summary>An item back in hand ("Item found"): a Circulation Desk Operator, or fulfilment staff, at the item's library.</summary>
    public const string Circulation = nameof(Circulation);

    /// <summary>Editing, previewing, enabling and disabling letters (Alma: Configuring Digitization, "Letters").</summary>
    public const string LetterAdministration = nameof(LetterAdministration);

    /// <summary>
    /// A request to /workflows/http/: what the HttpEndpoint that starts a workflow on it allows ("open" for anyone, or a
    /// role), and any staff role where none does (resuming an HttpTrigger).
    /// </summary>
    public const string HttpWorkflow = nameof(HttpWorkflow);

    /// <summary>Only changing one's own password and reading one's account: allowed with an expired password too.</summary>
    public const string OwnAccount = nameof(OwnAccount);

    public static readonly StaffRole[] FulfillmentRoles = [StaffRole.FulfillmentServicesOperator, StaffRole.FulfillmentServicesManager];
    public static readonly StaffRole[] ScanningRoles = [StaffRole.WorkOrderOperator, StaffRole.CirculationDeskOperator];
    public static readonly StaffRole[] CirculationRoles = [StaffRole.CirculationDeskOperator, .. FulfillmentRoles];

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Staff, Roles([]))
        .AddPolicy(Administration, Roles([StaffRole.GeneralSystemAdministrator]))
        .AddPolicy(DigitizationProcessing, Roles([StaffRole.WorkOrderOperator]))
        .AddPolicy(Fulfillment, Roles(FulfillmentRoles))
        .AddPolicy(Approval, Roles([StaffRole.FulfillmentServicesManager]))
        .AddPolicy(Circulation, Roles(CirculationRoles))
        .AddPolicy(LetterAdministration, Roles([StaffRole.LetterAdministrator, StaffRole.GeneralSystemAdministrator]))
        .AddPolicy(Scanning, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme, StationKeyHandler.SchemeName)
            .RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement(ScanningRoles, AllowsStations: true)))
        .AddPolicy(HttpWorkflow, p => p.AddRequirements(new HttpWorkflowRequirement()))
        .AddPolicy(OwnAccount, p => p.RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement(null, AllowsExpiredPassword: true)));

    private static Action<AuthorizationPolicyBuilder> Roles(StaffRole[] anyOf) =>
        p => p.RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement(anyOf));
}
