namespace Library.Iso18626;

/// <summary>ISO 18626 messageStatus, written <c>OK</c> and <c>ERROR</c>.</summary>
public enum MessageStatus
{
    Ok,
    Error,
}
