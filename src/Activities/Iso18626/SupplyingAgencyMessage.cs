namespace Library.Iso18626;

/// <summary>The supplying agency (the lender) tells the requesting agency what happened: ISO 18626's <c>supplyingAgencyMessage</c>.</summary>
public sealed record SupplyingAgencyMessage(Header Header, MessageInfo MessageInfo, StatusInfo StatusInfo, DeliveryInfo? DeliveryInfo = null)
    : Iso18626Message
{
    public override Iso18626MessageKind Kind => Iso18626MessageKind.SupplyingAgencyMessage;
}
