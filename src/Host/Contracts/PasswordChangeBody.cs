using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of <c>POST /api/auth/password</c>: one's own password, changed.</summary>
public sealed record PasswordChangeBody(string CurrentPassword, string NewPassword);

public sealed class PasswordChangeBodyValidator : AbstractValidator<PasswordChangeBody>
{
    public PasswordChangeBodyValidator()
    {
        RuleFor(b => b.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(b => b.NewPassword).NotEmpty().MaximumLength(256);
    }
}
