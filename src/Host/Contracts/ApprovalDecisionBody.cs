using FluentValidation;
using Library.Approvals;

namespace Library.Host.Contracts;

/// <summary>A manager's decision: <c>{ "decision": "approve" | "reject", "reason": ..., "note": ... }</c>.</summary>
public sealed record ApprovalDecisionBody(string Decision, string Reason, string? Note);

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
