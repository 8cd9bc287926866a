using FluentValidation;
using Library.Host.Validation;
using Library.Letters;

namespace Library.Host.Contracts;

/// <summary>
/// What <c>POST /api/letters/{code}/{language}/preview</c> renders the letter for: a digitization request's id for a
/// requester's letter, a lending request's for a partner's. <see cref="Subject"/> and <see cref="Body"/>, when given,
/// are previewed instead of the saved templates, so an edit can be tried before it is saved.
/// </summary>
public sealed record LetterPreviewBody(Guid RequestId, string? Subject = null, string? Body = null);

public sealed class LetterPreviewBodyValidator : AbstractValidator<LetterPreviewBody>
{
    public LetterPreviewBodyValidator(LiquidTemplates liquid)
    {
        RuleFor(b => b.RequestId).NotEmpty();
        RuleFor(b => b.Subject).MaximumLength(LetterTemplate.MaxSubjectLength).LiquidTemplate(liquid).When(b => b.Subject is not null);
        RuleFor(b => b.Body).MaximumLength(LetterTemplate.MaxBodyLength).LiquidTemplate(liquid).When(b => b.Body is not null);
    }
}
