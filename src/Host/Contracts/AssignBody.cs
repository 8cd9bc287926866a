using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

public sealed record AssignBody(string Operator, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Assign, InternalNote: Note, Operator: Operator);
}

public sealed class AssignBodyValidator : AbstractValidator<AssignBody>
{
    public AssignBodyValidator()
    {
        RuleFor(b => b.Operator).NotEmpty().MaximumLength(200);
        // Alma: Managing Resource Sharing Lending Requests, Managing task assignments: the assignment note is limited to 1,000 characters.
        RuleFor(b => b.Note).MaximumLength(1000);
    }
}
