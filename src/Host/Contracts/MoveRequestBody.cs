using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>"Create move request": the resource-sharing library and location the item is brought to.</summary>
public sealed record MoveRequestBody(string Library, string Location, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.MoveRequest), InternalNote: Note, MoveTo: Moves.Place.Shelf(Library, Location));
}

public sealed class MoveRequestBodyValidator : AbstractValidator<MoveRequestBody>
{
    public MoveRequestBodyValidator()
    {
        RuleFor(b => b.Library).NotEmpty().MaximumLength(50);
        RuleFor(b => b.Location).NotEmpty().MaximumLength(50);
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}
