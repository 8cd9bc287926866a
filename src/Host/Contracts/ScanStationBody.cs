using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>
/// A scan station to register: its <c>id</c>, and where it scans, a digitization department (or desk code) in
/// <c>department</c>, or a desk as <c>library</c> and <c>location</c>.
/// </summary>
public sealed record ScanStationBody(string Id, string? Department, string? Library, string? Location);

public sealed class ScanStationBodyValidator : AbstractValidator<ScanStationBody>
{
    public ScanStationBodyValidator()
    {
        RuleFor(s => s.Id).NotEmpty().MaximumLength(50).Matches("^[A-Za-z0-9_-]+$")
            .WithMessage("'id' is 1 to 50 letters, digits, '_' and '-'.");
        RuleFor(s => s.Department).MaximumLength(50);
        RuleFor(s => s.Library).MaximumLength(50);
        RuleFor(s => s.Location).MaximumLength(50);
        RuleFor(s => s.Department).NotEmpty()
            .When(s => string.IsNullOrEmpty(s.Library) && string.IsNullOrEmpty(s.Location))
            .WithMessage("Say where the station scans: a 'department', or a desk's 'library' and 'location'.");
        RuleFor(s => s.Department).Empty()
            .When(s => !string.IsNullOrEmpty(s.Library) || !string.IsNullOrEmpty(s.Location))
            .WithMessage("A station scans at a department or at a desk, not both.");
        RuleFor(s => s.Library).NotEmpty().When(s => !string.IsNullOrEmpty(s.Location));
        RuleFor(s => s.Location).NotEmpty().When(s => !string.IsNullOrEmpty(s.Library));
    }
}
