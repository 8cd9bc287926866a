namespace Library.Iso18626;

/// <summary>ISO 18626 messageStatus, written <c>OK</c> and <c>ERROR</c>.</summary>
public enum MessageStatus
{
    Ok,
    Error,
}

public static class MessageStatuses
{
    /// <summary>The status as the standard writes it, in messages and where the service keeps it.</summary>
    public static string Written(this MessageStatus status) => status == MessageStatus.Ok ? "OK" : "ERROR";
}
