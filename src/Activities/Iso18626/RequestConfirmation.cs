namespace Library.Iso18626;

/// <summary>The answer to a <c>request</c>.</summary>
public sealed record RequestConfirmation(ConfirmationHeader ConfirmationHeader, ErrorData? ErrorData = null) : Iso18626Message
{
    public override Iso18626MessageKind Kind => Iso18626MessageKind.RequestConfirmation;
}
