using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// The lender's answer to the partner's cancel request. <see cref="Accept"/> stays nullable although required: a
/// missing <see cref="bool"/> would read as false, a refusal nobody sent.
/// </summary>
public sealed record CancelReplyBody(bool? Accept, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.CancelReply, InternalNote, PartnerNote, Accept: Accept);
}

public sealed class CancelReplyBodyValidator : AbstractValidator<CancelReplyBody>
{
    public CancelReplyBodyValidator()
    {
        RuleFor(b => b.Accept).NotNull().WithMessage("'accept' must be true or false.");
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
