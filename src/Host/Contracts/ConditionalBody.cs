using Library.Host.Validation;
using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// Conditions the lender sets: a reason, the last day to reply, and a note that goes to the partner.
/// <see cref="ReplyBy"/> stays nullable although required: a missing <see cref="DateOnly"/> would read as its
/// default, which the validator could not tell from a date sent.
/// </summary>
public sealed record ConditionalBody(string Reason, DateOnly? ReplyBy, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.Conditional), PartnerNote: Note, Reason: Reason, ReplyBy: ReplyBy);
}

public sealed class ConditionalBodyValidator : AbstractValidator<ConditionalBody>
{
    public ConditionalBodyValidator()
    {
        RuleFor(b => b.Reason).NotEmpty().MaximumLength(200);
        RuleFor(b => b.ReplyBy).NotNull();
        RuleFor(b => b.ReplyBy).WithinCalendar();
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}
