namespace Library.Iso18626;

/// <summary>The answer to a <c>supplyingAgencyMessage</c>, naming the reason for message it answers.</summary>
public sealed record SupplyingAgencyMessageConfirmation(
    ConfirmationHeader ConfirmationHeader, ReasonForMessage? ReasonForMessage = null, ErrorData? ErrorData = null) : Iso18626Message
{
    public override Iso18626MessageKind Kind => Iso18626MessageKind.SupplyingAgencyMessageConfirmation;
}
