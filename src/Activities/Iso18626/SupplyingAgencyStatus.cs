namespace Library.Iso18626;

/// <summary>ISO 18626 status: where the request stands at the supplying agency.</summary>
public enum SupplyingAgencyStatus
{
    RequestReceived,
    ExpectToSupply,
    WillSupply,
    Loaned,
    Overdue,
    Recalled,
    RetryPossible,
    Unfilled,
    CopyCompleted,
    LoanCompleted,
    CompletedWithoutReturn,
    Cancelled,
}
