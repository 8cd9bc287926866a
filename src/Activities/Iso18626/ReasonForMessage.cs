namespace Library.Iso18626;

/// <summary>ISO 18626 reasonForMessage: why a supplying-agency message is sent.</summary>
public enum ReasonForMessage
{
    RequestResponse,
    StatusRequestResponse,
    RenewResponse,
    CancelResponse,
    StatusChange,
    Notification,
}
