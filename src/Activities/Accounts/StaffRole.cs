using System.Text.Json.Serialization;

namespace Library.Accounts;

/// <summary>
/// The staff roles that Alma's documentation names for this work (Alma: Digitization Processing; Alma: Configuring
/// Digitization), with the names it gives them.
/// </summary>
public enum StaffRole
{
    /// <summary>Processes digitization requests at the digitization departments it is scoped to.</summary>
    [JsonStringEnumMemberName("Work Order Operator")] WorkOrderOperator,

    /// <summary>Creates digitization requests for patrons, works lending and move requests; institution-wide or for libraries.</summary>
    [JsonStringEnumMemberName("Fulfillment Services Operator")] FulfillmentServicesOperator,

    /// <summary>What the operator may, and approves requests, records copyright clearance, reactivates lending requests.</summary>
    [JsonStringEnumMemberName("Fulfillment Services Manager")] FulfillmentServicesManager,

    /// <summary>Scans items in at the circulation desks it is scoped to.</summary>
    [JsonStringEnumMemberName("Circulation Desk Operator")] CirculationDeskOperator,

    /// <summary>Accounts, departments, patron limits, delivery rules, profile rules and workflow definitions.</summary>
    [JsonStringEnumMemberName("General System Administrator")] GeneralSystemAdministrator,

    /// <summary>Edits, previews, enables and disables the letters.</summary>
    [JsonStringEnumMemberName("Letter Administrator")] LetterAdministrator,
}
