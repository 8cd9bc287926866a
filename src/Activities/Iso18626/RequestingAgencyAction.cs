namespace Library.Iso18626;

/// <summary>ISO 18626 action: what a requesting-agency message asks or reports.</summary>
public enum RequestingAgencyAction
{
    StatusRequest,
    Received,
    Cancel,
    Renew,
    ShippedReturn,
    ShippedForward,
    Notification,
}
