namespace Library.Iso18626;

/// <summary>One of the six messages an <c>ISO18626Message</c> carries.</summary>
public abstract record Iso18626Message
{
    /// <summary>The message's element name in the standard (<c>request</c>, <c>requestConfirmation</c>, ...).</summary>
    public abstract Iso18626MessageKind Kind { get; }
}
