using FluentValidation;
using Library.Host.Validation;
using Library.Letters;

namespace Library.Host.Contracts;

/// <summary>
/// A letter's templates in one language as <c>PUT /api/letters/{code}/{language}</c> takes them, in Liquid.
/// <see cref="Enabled"/> switches the letter in every language; left out, it stays as it is.
/// </summary>
public sealed record LetterTemplateBody(string Subject, string Body, bool? Enabled);

public sealed class LetterTemplateBodyValidator : AbstractValidator<LetterTemplateBody>
{
    public LetterTemplateBodyValidator(LiquidTemplates liquid)
    {
        RuleFor(b => b.Subject).NotEmpty().MaximumLength(LetterTemplate.MaxSubjectLength)
            .Must(s => !s.Contains('\n') && !s.Contains('\r')).WithMessage("'subject' must be one line: it is the e-mail's subject.")
            .LiquidTemplate(liquid);
        RuleFor(b => b.Body).NotEmpty().MaximumLength(LetterTemplate.MaxBodyLength).LiquidTemplate(liquid);
    }
}
