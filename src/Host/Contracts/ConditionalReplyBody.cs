using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

public sealed record ConditionalReplyBody(bool? Accept) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.ConditionalReply, Accept: Accept);
}

public sealed class ConditionalReplyBodyValidator : AbstractValidator<ConditionalReplyBody>
{
    public ConditionalReplyBodyValidator() => RuleFor(b => b.Accept).NotNull().WithMessage("'accept' must be true or false.");
}
