using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>
/// What staff (or an ISO message) can do to a lending request; the name is the action's URL segment. "Create move
/// request" and "Create digitization request" start child workflows and join this list when those links are built.
/// </summary>
public enum LendingAction
{
    [JsonStringEnumMemberName("will-supply")] WillSupply,
    [JsonStringEnumMemberName("ship-physically")] ShipPhysically,
    [JsonStringEnumMemberName("ship-non-returnable")] ShipNonReturnable,
    [JsonStringEnumMemberName("ship-digitally")] ShipDigitally,
    [JsonStringEnumMemberName("received-by-partner")] ReceivedByPartner,
    [JsonStringEnumMemberName("renew")] Renew,
    [JsonStringEnumMemberName("returned-by-partner")] ReturnedByPartner,
    [JsonStringEnumMemberName("check-in")] CheckIn,
    [JsonStringEnumMemberName("reject")] Reject,
    [JsonStringEnumMemberName("conditional")] Conditional,
    [JsonStringEnumMemberName("conditional-reply")] ConditionalReply,
    [JsonStringEnumMemberName("lost")] Lost,
    [JsonStringEnumMemberName("reactivate")] Reactivate,
    [JsonStringEnumMemberName("assign")] Assign,
    [JsonStringEnumMemberName("release")] Release,
    [JsonStringEnumMemberName("notes")] Notes,
    [JsonStringEnumMemberName("partner-email")] PartnerEmail,
    [JsonStringEnumMemberName("move-request")] MoveRequest,
    [JsonStringEnumMemberName("digitization-request")] DigitizationRequest,
    [JsonStringEnumMemberName("renew-requested")] RenewRequested,
    [JsonStringEnumMemberName("recall")] Recall,
    [JsonStringEnumMemberName("damaged")] Damaged,
    [JsonStringEnumMemberName("cancel-requested")] CancelRequested,
    [JsonStringEnumMemberName("cancel-reply")] CancelReply,

    /// <summary>An ISO 18626 partner asked for the request's status: answered, nothing changes. The partner's, never staff's.</summary>
    [JsonStringEnumMemberName("status-request")] StatusRequest,
}
