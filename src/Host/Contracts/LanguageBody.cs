using FluentValidation;
using Library.Languages;

namespace Library.Host.Contracts;

/// <summary>The body of <c>PUT /api/auth/language</c>: the language one's own account reads the staff UI in.</summary>
public sealed record LanguageBody(string Language);

public sealed class LanguageBodyValidator : AbstractValidator<LanguageBody>
{
    public LanguageBodyValidator()
    {
        RuleFor(b => b.Language).NotEmpty().Must(l => LanguageCodes.TryParse(l, out _))
            .WithMessage($"'language' must be one of {string.Join(", ", EnumNames<Language>.All)}.");
    }
}
