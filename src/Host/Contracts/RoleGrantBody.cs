using Library.Accounts;

namespace Library.Host.Contracts;

/// <summary>
/// A role and its scope as the accounts API reads and writes them: <c>role</c> by its name in Alma's documentation,
/// <c>scope</c> the department codes (Work Order Operator), library codes (Fulfillment Services Operator) or desk
/// codes (Circulation Desk Operator); left out for an institution-wide role.
/// </summary>
public sealed record RoleGrantBody(string Role, List<string>? Scope)
{
    public static RoleGrantBody Of(RoleGrant grant) => new(grant.Role.DisplayName(), grant.Scope.Count == 0 ? null : grant.Scope);

    public RoleGrant ToGrant()
    {
        EnumNames<StaffRole>.TryParse(Role, out var role);
        return new RoleGrant { Role = role, Scope = (Scope ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList() };
    }
}
