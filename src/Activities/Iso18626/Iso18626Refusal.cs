namespace Library.Iso18626;

/// <summary>
/// Why a message could not be taken, as the standard's error type and a value saying what. <see cref="Kind"/> and
/// <see cref="Header"/> are what could be read of it, so the answer can be the matching confirmation echoing its ids.
/// </summary>
public sealed record Iso18626Refusal(ErrorType ErrorType, string ErrorValue, Iso18626MessageKind? Kind = null, Header? Header = null)
{
    public ErrorData ErrorData => new(ErrorType, ErrorValue);
}
