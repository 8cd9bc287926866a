using System.Text.Json.Serialization;

namespace Library.ResourceSharing;

/// <summary>
/// The configurable reason lists of lending (Alma: Managing Resource Sharing Lending Requests, "Rejecting a lending
/// request": a rejection reason, and optionally an internal rejection reason only the lender sees).
/// </summary>
public enum LendingReasonList
{
    /// <summary>Why a request is rejected; the partner is told. Never empty, since a rejection needs one.</summary>
    [JsonStringEnumMemberName("rejection")] Rejection,

    /// <summary>The lender's own reason for a rejection, beside the one the partner is told.</summary>
    [JsonStringEnumMemberName("internal-rejection")] InternalRejection,

    /// <summary>Why the lender accepted a partner's cancel request.</summary>
    [JsonStringEnumMemberName("cancellation")] Cancellation,
}
