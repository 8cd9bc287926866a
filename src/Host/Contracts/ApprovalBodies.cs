using FluentValidation;
using Library.Approvals;

namespace Library.Host.Contracts;

/// <summary>A manager's decision: <c>{ "decision": "approve" | "reject", "reason": ..., "note": ... }</c>.</summary>
public sealed record ApprovalDecisionBody(string? Decision, string? Reason, string? Note);

public sealed class ApprovalDecisionBodyValidator : AbstractValidator<ApprovalDecisionBody>
{
    public ApprovalDecisionBodyValidator()
    {
        RuleFor(b => b.Decision).NotEmpty()
            .Must(d => ApprovalDecisions.Parse(d) is not null).WithMessage("'decision' must be 'approve' or 'reject'.");
        RuleFor(b => b.Reason).NotEmpty();
        RuleFor(b => b.Reason)
            .Must((body, reason) => ApprovalVerdict.CheckReason(ApprovalDecisions.Parse(body.Decision)!.Value, reason) is null)
            .WithMessage((body, reason) => ApprovalVerdict.CheckReason(ApprovalDecisions.Parse(body.Decision)!.Value, reason)!)
            .When(b => ApprovalDecisions.Parse(b.Decision) is not null && !string.IsNullOrEmpty(b.Reason));
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}

/// <summary>The copyright clearance fields of seed 002's approval page.</summary>
public sealed record CopyrightBody(string? CcNumber, DateOnly? CcOrderDate, DateOnly? CcApprovalDate, string? Note);

public sealed class CopyrightBodyValidator : AbstractValidator<CopyrightBody>
{
    public CopyrightBodyValidator()
    {
        RuleFor(b => b.CcNumber).MaximumLength(100);
        RuleFor(b => b.CcApprovalDate).GreaterThanOrEqualTo(b => b.CcOrderDate)
            .When(b => b.CcOrderDate is not null && b.CcApprovalDate is not null)
            .WithMessage("'ccApprovalDate' cannot be before 'ccOrderDate'.");
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}

/// <summary>"Update Expiry" from the Approval Requests List.</summary>
public sealed record ExpiryBody(DateTime? ExpiresAt);

public sealed class ExpiryBodyValidator : AbstractValidator<ExpiryBody>
{
    public ExpiryBodyValidator(TimeProvider clock)
    {
        RuleFor(b => b.ExpiresAt).NotNull()
            .Must(e => e!.Value.ToUniversalTime() > clock.GetUtcNow().UtcDateTime)
            .When(b => b.ExpiresAt is not null)
            .WithMessage("'expiresAt' must be in the future.");
    }
}
