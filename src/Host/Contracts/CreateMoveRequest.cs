using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>
/// The body of <c>POST /api/move-requests</c>: the item, the shelving location it is taken from, and the location
/// or desk it goes to. A <see cref="ManualDescription"/> (a serial's issue) makes it a general hold request. The JSON
/// reader leaves a missing field null whatever its type says, so the validator still names each one missing.
/// </summary>
public sealed record CreateMoveRequest(string Barcode, ShelfBody From, DestinationBody To, string? ManualDescription, string? Note);

public sealed class CreateMoveRequestValidator : AbstractValidator<CreateMoveRequest>
{
    private const string Code = "^[A-Za-z0-9_-]+$";

    public CreateMoveRequestValidator()
    {
        RuleFor(m => m.Barcode).NotEmpty().MaximumLength(100);

        // The nested checks wait for the object: the JSON reader leaves a missing one null, non-nullable or not.
        RuleFor(m => m.From).NotNull();
        When(m => m.From is not null, () =>
        {
            RuleFor(m => m.From.Library).NotEmpty().MaximumLength(50);
            RuleFor(m => m.From.Location).NotEmpty().MaximumLength(50);
        });

        RuleFor(m => m.To).NotNull();
        When(m => m.To is not null, () =>
        {
            RuleFor(m => m.To.Desk).Empty()
                .When(m => !string.IsNullOrEmpty(m.To.Library) || !string.IsNullOrEmpty(m.To.Location))
                .WithMessage("'to' is either a 'library' and 'location' or a 'desk', not both.");
            RuleFor(m => m.To.Library).NotEmpty().MaximumLength(50).When(m => string.IsNullOrEmpty(m.To.Desk))
                .WithMessage("'to.library' is required unless 'to.desk' names a desk.");
            RuleFor(m => m.To.Location).NotEmpty().MaximumLength(50).When(m => string.IsNullOrEmpty(m.To.Desk))
                .WithMessage("'to.location' is required unless 'to.desk' names a desk.");
            // A desk is matched against what scan stations report as their department, which is a code.
            RuleFor(m => m.To.Desk).MaximumLength(50).Matches(Code).When(m => !string.IsNullOrEmpty(m.To.Desk))
                .WithMessage("'to.desk' is a desk code: letters, digits, '_' and '-'.");
        });

        RuleFor(m => m.ManualDescription).MaximumLength(200);
        RuleFor(m => m.Note).MaximumLength(2000);
    }
}
