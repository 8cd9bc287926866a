using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of <c>POST /api/auth/refresh</c>: the refresh token a bearer sign-in answered.</summary>
public sealed record RefreshBody(string RefreshToken);

public sealed class RefreshBodyValidator : AbstractValidator<RefreshBody>
{
    public RefreshBodyValidator() => RuleFor(b => b.RefreshToken).NotEmpty().MaximumLength(4096);
}
