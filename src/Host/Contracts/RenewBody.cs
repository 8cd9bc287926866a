using Library.Host.Validation;
using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// A renewal: the new due date. <see cref="DueDate"/> stays nullable although required: a missing
/// <see cref="DateOnly"/> would read as its default, which the validator could not tell from a date sent.
/// </summary>
public sealed record RenewBody(DateOnly? DueDate, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.Renew), InternalNote, PartnerNote, DueDate: DueDate);
}

public sealed class RenewBodyValidator : AbstractValidator<RenewBody>
{
    public RenewBodyValidator()
    {
        RuleFor(b => b.DueDate).NotNull();
        RuleFor(b => b.DueDate).WithinCalendar();
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
