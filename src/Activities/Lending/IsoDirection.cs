namespace Library.Lending;

/// <summary>Whether an <see cref="IsoMessage"/> went to the partner or came from it.</summary>
public enum IsoDirection
{
    Sent,
    Received,
}
