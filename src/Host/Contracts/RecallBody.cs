using Library.Host.Validation;
using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>A recall: the date the partner must now return the item by, if it changes.</summary>
public sealed record RecallBody(DateOnly? DueDate, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.Recall), InternalNote, PartnerNote, DueDate: DueDate);
}

public sealed class RecallBodyValidator : AbstractValidator<RecallBody>
{
    public RecallBodyValidator()
    {
        RuleFor(b => b.DueDate).WithinCalendar();
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
