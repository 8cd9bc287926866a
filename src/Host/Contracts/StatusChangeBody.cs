using FluentValidation;
using Library.Digitization;

namespace Library.Host.Contracts;

/// <summary>A status chosen on the Edit page, as the API writes statuses (<c>Digitization</c>, <c>Document Delivery</c>, …), and a note for the history.</summary>
public sealed record StatusChangeBody(string Status, string? Note);

public sealed class StatusChangeBodyValidator : AbstractValidator<StatusChangeBody>
{
    public StatusChangeBodyValidator()
    {
        RuleFor(b => b.Status).NotEmpty().Must(s => DigitizationStatuses.TryParse(s, out _))
            .WithMessage(b => $"'{b.Status}' is not a status; one of: {string.Join(", ", DigitizationStatuses.All)}.");
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}
