using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginBody(string UserName, string Password);

public sealed class LoginBodyValidator : AbstractValidator<LoginBody>
{
    public LoginBodyValidator()
    {
        RuleFor(b => b.UserName).NotEmpty().MaximumLength(256);
        RuleFor(b => b.Password).NotEmpty().MaximumLength(256);
    }
}
