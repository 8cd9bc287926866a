using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of a cancellation: the reason staff chose, and an optional note for the requester.</summary>
public sealed record CancellationBody(string Reason, string? Note);

public sealed class CancellationBodyValidator : AbstractValidator<CancellationBody>
{
    public CancellationBodyValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}
