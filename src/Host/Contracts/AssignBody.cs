using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>"Assign to": <c>operator</c> names a staff account; left out, the request is assigned to the signed-in account ("Assign to me").</summary>
public sealed record AssignBody(string? Operator, string? Note)
{
    public LendingCommand ToCommand(string assignee) => new(EnumNames<LendingAction>.Of(LendingAction.Assign), InternalNote: Note, Operator: assignee);
}

public sealed class AssignBodyValidator : AbstractValidator<AssignBody>
{
    public AssignBodyValidator()
    {
        RuleFor(b => b.Operator).MaximumLength(200);
        // Alma: Managing Resource Sharing Lending Requests, Managing task assignments: the assignment note is limited to 1,000 characters.
        RuleFor(b => b.Note).MaximumLength(1000);
    }
}
