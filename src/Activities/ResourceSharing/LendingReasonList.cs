using System.Text.Json.Serialization;

namespace Library.ResourceSharing;

/// <summary>
/// The configurable reason lists of lending (Alma: Managing Resource Sharing Lending Requests, "Rejecting a lending
/// request": a rejection reason, and optionally an internal rejection reason only the lender sees), and the one list
/// of digitization kept in the same store.
/// </summary>
public enum LendingReasonList
{
    /// <summary>Why a request is rejected; the partner is told. Never empty, since a rejection needs one.</summary>
    [JsonStringEnumMemberName("rejection")] Rejection,

    /// <summary>The lender's own reason for a rejection, beside the one the partner is told.</summary>
    [JsonStringEnumMemberName("internal-rejection")] InternalRejection,

    /// <summary>Why the lender accepted a partner's cancel request.</summary>
    [JsonStringEnumMemberName("cancellation")] Cancellation,

    /// <summary>
    /// Why staff cancel a digitization request (Alma: Digitization Processing, "Confirm Request Cancellation": a drop-down
    /// list each institution customizes; the documentation lists none, so it starts empty). While it is empty the reason
    /// is free text, as a library that has configured no list expects; once it has entries, a cancel must use one.
    /// </summary>
    [JsonStringEnumMemberName("digitization-cancellation")] DigitizationCancellation,
}
