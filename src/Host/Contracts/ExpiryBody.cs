using Library.Host.Validation;
using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>
/// "Update Expiry" from the Approval Requests List. <see cref="ExpiresAt"/> stays nullable: a missing
/// <see cref="DateTime"/> would read as its default, which the validator could not tell from a date sent.
/// </summary>
public sealed record ExpiryBody(DateTime? ExpiresAt);

public sealed class ExpiryBodyValidator : AbstractValidator<ExpiryBody>
{
    public ExpiryBodyValidator(TimeProvider clock)
    {
        RuleFor(b => b.ExpiresAt).NotNull();
        RuleFor(b => b.ExpiresAt).WithinCalendar();
        // Its own rule: a condition in a chain would also switch off NotNull, letting a body without a date through.
        RuleFor(b => b.ExpiresAt)
            .Must(e => e!.Value.ToUniversalTime() > clock.GetUtcNow().UtcDateTime)
            .When(b => b.ExpiresAt is not null)
            .WithMessage("'expiresAt' must be in the future.");
    }
}
