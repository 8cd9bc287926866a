namespace Library.Host.Contracts;

public sealed record RuleOutputsView(
    string Target,
    int? MaxAccessCount,
    bool Approval,
    bool CopyrightClearance,
    string? ApprovalManagement,
    string? ApprovalReason);
