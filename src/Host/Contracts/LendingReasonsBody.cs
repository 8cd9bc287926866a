using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>A lending reason list, as <c>PUT /api/lending-reasons/{list}</c> takes it and every read answers it: its reasons in order.</summary>
public sealed record LendingReasonsBody(List<string> Reasons);

public sealed class LendingReasonsBodyValidator : AbstractValidator<LendingReasonsBody>
{
    public const int MaxReasons = 100;

    public LendingReasonsBodyValidator()
    {
        RuleFor(b => b.Reasons).NotNull();
        RuleFor(b => b.Reasons).Must(r => r.Count <= MaxReasons).When(b => b.Reasons is not null)
            .WithMessage($"A reason list has at most {MaxReasons} reasons.");
        RuleFor(b => b.Reasons).Must(r => r.Distinct(StringComparer.OrdinalIgnoreCase).Count() == r.Count).When(b => b.Reasons is not null)
            .WithMessage(b => $"'{b.Reasons.GroupBy(r => r, StringComparer.OrdinalIgnoreCase).First(g => g.Count() > 1).Key}' appears more than once.");
        RuleForEach(b => b.Reasons).NotEmpty().WithMessage("A reason must not be blank.").MaximumLength(200);
    }
}
