namespace Library.Iso18626;

/// <summary>ISO 18626 serviceType: a copy (kept by the patron), a loan (returned), or whichever the supplier prefers.</summary>
public enum ServiceType
{
    Copy,
    Loan,
    CopyOrLoan,
}
