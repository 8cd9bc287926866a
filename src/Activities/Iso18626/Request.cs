namespace Library.Iso18626;

/// <summary>A requesting agency asks for an item: ISO 18626's <c>request</c>.</summary>
public sealed record Request(
    Header Header,
    BibliographicInfo BibliographicInfo,
    PublicationInfo? PublicationInfo = null,
    ServiceInfo? ServiceInfo = null,
    string? RequestedDeliveryEmail = null,
    PatronInfo? PatronInfo = null) : Iso18626Message
{
    public override Iso18626MessageKind Kind => Iso18626MessageKind.Request;
}
