namespace Library.Iso18626;

/// <summary>ISO 18626 requestType: a first request, a retry after RetryPossible, or a reminder.</summary>
public enum RequestType
{
    New,
    Retry,
    Reminder,
}
