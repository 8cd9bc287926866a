using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// The partner's answer to the conditions. <see cref="Accept"/> stays nullable although required: a missing
/// <see cref="bool"/> would read as false, a refusal nobody sent.
/// </summary>
public sealed record ConditionalReplyBody(bool? Accept) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.ConditionalReply), Accept: Accept);
}

public sealed class ConditionalReplyBodyValidator : AbstractValidator<ConditionalReplyBody>
{
    public ConditionalReplyBodyValidator() => RuleFor(b => b.Accept).NotNull().WithMessage("'accept' must be true or false.");
}
