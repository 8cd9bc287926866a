using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

public sealed record RejectBody(string Reason, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Reject, InternalNote, PartnerNote, Reason: Reason);
}

public sealed class RejectBodyValidator : AbstractValidator<RejectBody>
{
    public RejectBodyValidator()
    {
        RuleFor(b => b.Reason).NotEmpty().MaximumLength(200);
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
