using FluentValidation;
using Library.Host.Validation;
using Library.Letters;

namespace Library.Host.Contracts;

/// <summary>
/// A letter's templates in one language as <c>PUT /api/letters/{code}/{language}</c> takes them, in Liquid.
/// <see cref="Enabled"/> switches the letter in every language; left out, it stays as it is. <see cref="Subject"/> and
/// <see cref="Body"/> go together; both left out, only <see cref="Enabled"/> changes and the wording stays as it is.
/// </summary>
public sealed record LetterTemplateBody(string? Subject = null, string? Body = null, bool? Enabled = null);

public sealed class LetterTemplateBodyValidator : AbstractValidator<LetterTemplateBody>
{
    public LetterTemplateBodyValidator(LiquidTemplates liquid)
    {
        RuleFor(b => b.Subject).NotEmpty().When(b => ChangesWording(b) || b.Enabled is null)
            .WithMessage("'subject' is required with a body; leave both out to only enable or disable the letter.");
        RuleFor(b => b.Subject).MaximumLength(LetterTemplate.MaxSubjectLength)
            .Must(s => !s!.Contains('\n') && !s.Contains('\r')).When(b => b.Subject is not null)
            .WithMessage("'subject' must be one line: it is the e-mail's subject.")
            .LiquidTemplate(liquid);
        RuleFor(b => b.Body).NotEmpty().When(b => ChangesWording(b) || b.Enabled is null)
            .WithMessage("'body' is required with a subject; leave both out to only enable or disable the letter.");
        RuleFor(b => b.Body).MaximumLength(LetterTemplate.MaxBodyLength).LiquidTemplate(liquid);
    }

    private static bool ChangesWording(LetterTemplateBody b) => b.Subject is not null || b.Body is not null;
}
