using FluentValidation;
using Library.Rules;

namespace Library.Host.Contracts;

public sealed record RuleConditionBody(string Field, string Operator, List<string> Values)
{
    /// <summary>
    /// The condition, or null while a field is missing or unknown. The profile rule's validator asks this of bodies
    /// not yet checked, so it tests for missing fields too.
    /// </summary>
    public RuleCondition? TryParse() =>
        EnumNames<RuleField>.TryParse(Field, out var field) && EnumNames<RuleOperator>.TryParse(Operator, out var op)
            && Values is not null && Values.All(v => !string.IsNullOrWhiteSpace(v))
            ? new RuleCondition(field, op, Values.ToList())
            : null;
}

public sealed class RuleConditionBodyValidator : AbstractValidator<RuleConditionBody>
{
    public const int MaxValues = 200;

    public RuleConditionBodyValidator()
    {
        RuleFor(c => c.Field).NotEmpty();
        RuleFor(c => c.Field).Must(f => EnumNames<RuleField>.TryParse(f, out _)).When(c => !string.IsNullOrEmpty(c.Field))
            .WithMessage(c => $"'{c.Field}' is not a condition field; one of {EnumNames<RuleField>.Listed}.");
        RuleFor(c => c.Operator).NotEmpty();
        RuleFor(c => c.Operator).Must(o => EnumNames<RuleOperator>.TryParse(o, out _)).When(c => !string.IsNullOrEmpty(c.Operator))
            .WithMessage(c => $"'{c.Operator}' is not an operator; one of {EnumNames<RuleOperator>.Listed}.");
        RuleFor(c => c.Values).NotNull();
        RuleFor(c => c.Values).Must(v => v.Count <= MaxValues).When(c => c.Values is not null)
            .WithMessage($"A condition compares with at most {MaxValues} values.");
        RuleForEach(c => c.Values).NotEmpty().WithMessage("A value must not be blank.").MaximumLength(100);
    }
}
