using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>"Create digitization request": the department that digitizes the item for the partner.</summary>
public sealed record DigitizationRequestBody(string? Department, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() =>
        new(EnumNames<LendingAction>.Of(LendingAction.DigitizationRequest), InternalNote: Note, Department: Department ?? Departments.Department.InstitutionCode);
}

public sealed class DigitizationRequestBodyValidator : AbstractValidator<DigitizationRequestBody>
{
    public DigitizationRequestBodyValidator()
    {
        RuleFor(b => b.Department).MaximumLength(50);
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}
