using Library.Host.Validation;
using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// "Ship item": the due date and the barcodes shipped. <see cref="DueDate"/> stays nullable although required: a
/// missing <see cref="DateOnly"/> would read as its default, which the validator could not tell from a date sent.
/// </summary>
public sealed record ShipPhysicallyBody(DateOnly? DueDate, IReadOnlyList<string> Barcodes, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.ShipPhysically), InternalNote, PartnerNote, DueDate: DueDate, Barcodes: Barcodes);
}

public sealed class ShipPhysicallyBodyValidator : AbstractValidator<ShipPhysicallyBody>
{
    public ShipPhysicallyBodyValidator()
    {
        RuleFor(b => b.DueDate).NotNull();
        RuleFor(b => b.DueDate).WithinCalendar();
        RuleFor(b => b.Barcodes).NotEmpty().WithMessage("'barcodes' needs at least one item barcode.");
        RuleForEach(b => b.Barcodes).NotEmpty().MaximumLength(100);
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
