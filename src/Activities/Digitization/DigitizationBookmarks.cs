namespace Library.Digitization;

/// <summary>The waiting points of a request's workflow, and the keys they are found by.</summary>
public static class DigitizationBookmarks
{
    /// <summary>The item arrives at the department the request is bound for; key <c>barcode@department</c>.</summary>
    public const string ScanIn = "ScanIn";

    /// <summary>The item is scanned at a desk or shelf location on its way; key is the barcode.</summary>
    public const string ItemInTransit = "ItemInTransit";

    public const string NextStep = "NextStep";
    public const string AttachDocument = "AttachDocument";
    public const string CompleteDelivery = "CompleteDelivery";
    public const string CancelRequest = "CancelRequest";
    public const string AddRepresentation = "AddRepresentation";

    /// <summary>"Update Expiry" from the Approval Requests List; key is the request id.</summary>
    public const string ChangeExpiry = "ChangeExpiry";

    public static string ScanInKey(string barcode, string department) => $"{barcode}@{department}";

    public static string RequestKey(Guid requestId) => requestId.ToString();
}
