namespace Library.Iso18626;

/// <summary>The answer to a <c>requestingAgencyMessage</c>, naming the action it answers.</summary>
public sealed record RequestingAgencyMessageConfirmation(
    ConfirmationHeader ConfirmationHeader, RequestingAgencyAction? Action = null, ErrorData? ErrorData = null) : Iso18626Message
{
    public override Iso18626MessageKind Kind => Iso18626MessageKind.RequestingAgencyMessageConfirmation;
}
