using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>A lending request's status, named as Alma names it (Alma: Managing Resource Sharing Lending Requests, the Status facet).</summary>
public enum LendingStatus
{
    [JsonStringEnumMemberName("Lending Request Created")] LendingRequestCreated,
    [JsonStringEnumMemberName("Locate Failed")] LocateFailed,
    [JsonStringEnumMemberName("Will Supply")] WillSupply,
    [JsonStringEnumMemberName("Conditional")] Conditional,
    [JsonStringEnumMemberName("Shipped Physically")] ShippedPhysically,
    [JsonStringEnumMemberName("Shipped Digitally")] ShippedDigitally,
    [JsonStringEnumMemberName("Received by Partner")] ReceivedByPartner,
    [JsonStringEnumMemberName("Renew Requested")] RenewRequested,
    [JsonStringEnumMemberName("Renew Accepted")] RenewAccepted,
    [JsonStringEnumMemberName("Recalled")] Recalled,
    [JsonStringEnumMemberName("Overdue")] Overdue,
    [JsonStringEnumMemberName("Lost")] Lost,
    [JsonStringEnumMemberName("Damaged")] Damaged,
    [JsonStringEnumMemberName("Returned by Partner")] ReturnedByPartner,
    [JsonStringEnumMemberName("Request Completed")] RequestCompleted,
    [JsonStringEnumMemberName("Rejected")] Rejected,
    [JsonStringEnumMemberName("Cancelled")] Cancelled,
    [JsonStringEnumMemberName("Expired")] Expired,
    [JsonStringEnumMemberName("Request Reactivated")] RequestReactivated,

    /// <summary>The partner asked to cancel; the lender's answer restores the interrupted status or cancels.</summary>
    [JsonStringEnumMemberName("Cancel Reply")] CancelReply,
}

public static class LendingStatuses
{
    public static string DisplayName(this LendingStatus status) => EnumNames<LendingStatus>.Of(status);

    public static bool TryParse(string? name, out LendingStatus status) => EnumNames<LendingStatus>.TryParse(name, out status);

    public static IEnumerable<string> All => EnumNames<LendingStatus>.All;

    /// <summary>Not yet shipped: the lender may still decide how, or whether, to supply.</summary>
    public static readonly LendingStatus[] BeforeShipment =
        [LendingStatus.LendingRequestCreated, LendingStatus.LocateFailed, LendingStatus.WillSupply, LendingStatus.RequestReactivated];

    /// <summary>Not shipped yet, pending conditions included: the partner may still cancel, and its needed-by date still counts.</summary>
    public static readonly LendingStatus[] NotShipped = [.. BeforeShipment, LendingStatus.Conditional];

    /// <summary>A physical item is out with the partner.</summary>
    public static readonly LendingStatus[] OnLoan =
        [LendingStatus.ShippedPhysically, LendingStatus.ReceivedByPartner, LendingStatus.RenewRequested, LendingStatus.RenewAccepted,
         LendingStatus.Recalled, LendingStatus.Overdue];

    /// <summary>Finished requests: Alma's completed states and the ends; only reactivation leads out of them.</summary>
    public static readonly LendingStatus[] Closed =
        [LendingStatus.RequestCompleted, LendingStatus.Rejected, LendingStatus.Cancelled, LendingStatus.Expired];
}
