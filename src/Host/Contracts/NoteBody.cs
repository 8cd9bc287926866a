using FluentValidation;
using Library.Digitization;

namespace Library.Host.Contracts;

/// <summary>A note on a digitization request, as added or edited on the Notes tab.</summary>
public sealed record NoteBody(string Text);

public sealed class NoteBodyValidator : AbstractValidator<NoteBody>
{
    public NoteBodyValidator() => RuleFor(b => b.Text).NotEmpty().MaximumLength(DigitizationNote.MaxLength);
}
