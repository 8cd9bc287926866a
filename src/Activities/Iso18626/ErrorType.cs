namespace Library.Iso18626;

/// <summary>ISO 18626 errorType: why a confirmation is ERROR.</summary>
public enum ErrorType
{
    UnsupportedActionType,
    UnsupportedReasonForMessageType,
    UnrecognisedDataElement,
    UnrecognisedDataValue,
    BadlyFormedMessage,
}
