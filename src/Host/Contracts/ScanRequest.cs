using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>
/// A barcode scanned at a scan station: at a digitization department (<see cref="Department"/>), or at a desk or
/// shelf location on the item's way (<see cref="Library"/> and <see cref="Location"/>). Those three are nullable
/// because a scan names one place or the other.
/// </summary>
public sealed record ScanRequest(string Barcode, string? Department, string? Library, string? Location);

public sealed class ScanRequestValidator : AbstractValidator<ScanRequest>
{
    public ScanRequestValidator()
    {
        RuleFor(s => s.Barcode).NotEmpty().MaximumLength(100);
        RuleFor(s => s.Department).NotEmpty()
            .When(s => string.IsNullOrEmpty(s.Library) && string.IsNullOrEmpty(s.Location))
            .WithMessage("Name the 'department' the item was scanned in at, or the 'library' and 'location' of the desk.");
        RuleFor(s => s.Department).Empty()
            .When(s => !string.IsNullOrEmpty(s.Library) || !string.IsNullOrEmpty(s.Location))
            .WithMessage("A scan is either at a 'department' or at a 'library' and 'location', not both.");
        RuleFor(s => s.Library).NotEmpty().When(s => !string.IsNullOrEmpty(s.Location));
        RuleFor(s => s.Location).NotEmpty().When(s => !string.IsNullOrEmpty(s.Library));
        RuleFor(s => s.Department).MaximumLength(50);
        RuleFor(s => s.Library).MaximumLength(50);
        RuleFor(s => s.Location).MaximumLength(50);
    }
}
