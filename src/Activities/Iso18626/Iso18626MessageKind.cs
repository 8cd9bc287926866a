namespace Library.Iso18626;

/// <summary>The six messages of ISO 18626; each name is the message's element name with a capital.</summary>
public enum Iso18626MessageKind
{
    Request,
    RequestConfirmation,
    SupplyingAgencyMessage,
    SupplyingAgencyMessageConfirmation,
    RequestingAgencyMessage,
    RequestingAgencyMessageConfirmation,
}
