namespace Library.Accounts;

public static class StaffRoles
{
    public static string DisplayName(this StaffRole role) => EnumNames<StaffRole>.Of(role);

    public static RoleScope Scope(this StaffRole role) => role switch
    {
        StaffRole.WorkOrderOperator => RoleScope.Departments,
        StaffRole.FulfillmentServicesOperator => RoleScope.LibrariesOrInstitution,
        StaffRole.CirculationDeskOperator => RoleScope.Desks,
        _ => RoleScope.Institution,
    };

    /// <summary>
    /// A fulfilment role serves patrons at a desk or a department; a shared account may hold only these (Alma:
    /// consortium help page, Access: Alma accounts), never administration or approval.
    /// </summary>
    public static bool IsFulfilment(this StaffRole role) =>
        role is StaffRole.WorkOrderOperator or StaffRole.FulfillmentServicesOperator or StaffRole.CirculationDeskOperator;
}
