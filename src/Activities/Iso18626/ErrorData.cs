namespace Library.Iso18626;

/// <summary>Why a message was refused: the standard's error type and a value saying what.</summary>
public sealed record ErrorData(ErrorType ErrorType, string? ErrorValue);
