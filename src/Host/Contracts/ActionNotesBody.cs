using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

public sealed record ActionNotesBody(string? InternalNote, string? PartnerNote)
{
    public LendingCommand ToCommand(string action) => new(action, InternalNote, PartnerNote);
}

public sealed class ActionNotesBodyValidator : AbstractValidator<ActionNotesBody>
{
    public ActionNotesBodyValidator()
    {
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
