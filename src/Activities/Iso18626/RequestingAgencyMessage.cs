namespace Library.Iso18626;

/// <summary>The requesting agency acts on its request (cancel, renew, received, ...): ISO 18626's <c>requestingAgencyMessage</c>.</summary>
public sealed record RequestingAgencyMessage(Header Header, RequestingAgencyAction Action, string? Note = null) : Iso18626Message
{
    public override Iso18626MessageKind Kind => Iso18626MessageKind.RequestingAgencyMessage;
}
