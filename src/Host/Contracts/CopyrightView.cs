namespace Library.Host.Contracts;

public sealed record CopyrightView(string? CcNumber, DateOnly? CcOrderDate, DateOnly? CcApprovalDate, string? Note);
