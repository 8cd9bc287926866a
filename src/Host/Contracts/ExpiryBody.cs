using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>"Update Expiry" from the Approval Requests List.</summary>
public sealed record ExpiryBody(DateTime? ExpiresAt);

public sealed class ExpiryBodyValidator : AbstractValidator<ExpiryBody>
{
    public ExpiryBodyValidator(TimeProvider clock)
    {
        RuleFor(b => b.ExpiresAt).NotNull()
            .Must(e => e!.Value.ToUniversalTime() > clock.GetUtcNow().UtcDateTime)
            .When(b => b.ExpiresAt is not null)
            .WithMessage("'expiresAt' must be in the future.");
    }
}
