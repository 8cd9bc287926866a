using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of <c>POST /api/accounts/{userName}/password</c>: a password an administrator sets, which the owner must change.</summary>
public sealed record PasswordResetBody(string Password);

public sealed class PasswordResetBodyValidator : AbstractValidator<PasswordResetBody>
{
    public PasswordResetBodyValidator() => RuleFor(b => b.Password).NotEmpty().MaximumLength(256);
}
