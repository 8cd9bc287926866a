using Library.Approvals;
using Library.Rules;

namespace Library.Host.Contracts;

public sealed record ApprovalSummary(Guid Id, ApprovalStatus Status, ApprovalManagement Management, string? Reason, string? DecidedBy, DateTime? DecidedAt);
