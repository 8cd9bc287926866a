using FluentValidation;
using FluentValidation.Results;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>
/// A profile rule as <c>POST</c> and <c>PUT /api/profile-rules</c> take it, and as the seed file holds it. Names are
/// strings so the validator can name each one that is unknown. Omitted <c>enabled</c> and <c>order</c>: a new rule
/// is enabled and goes last (before the default rule), a replaced one keeps its state and place. Omitted
/// <c>conditions</c>: none, the rule matches every request.
/// </summary>
public sealed record ProfileRuleBody(
    string Name,
    string? Description,
    bool? Enabled,
    int? Order,
    List<RuleConditionBody>? Conditions,
    RuleOutputsBody Outputs)
{
    /// <summary>The conditions, once the validator has passed them.</summary>
    public IReadOnlyList<RuleCondition> ToConditions() =>
        (Conditions ?? []).Select(c => c.TryParse() ?? throw new InvalidOperationException("Validate the body first.")).ToList();

    public RuleOutputs ToOutputs() => Outputs.TryParse() ?? throw new InvalidOperationException("Validate the body first.");
}

public sealed class ProfileRuleBodyValidator : AbstractValidator<ProfileRuleBody>
{
    public const int MaxConditions = 50;

    public ProfileRuleBodyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Description).MaximumLength(2000);
        RuleFor(r => r.Order).GreaterThanOrEqualTo(1).When(r => r.Order is not null)
            .WithMessage("'order' is a position in the list, 1 first.");

        RuleFor(r => r.Conditions).Must(c => c is null || c.Count <= MaxConditions)
            .WithMessage($"A rule has at most {MaxConditions} conditions.");
        RuleForEach(r => r.Conditions).NotNull().WithMessage("A condition is an object with 'field', 'operator' and 'values'.")
            .SetValidator(new RuleConditionBodyValidator());

        // The nested checks wait for the object: the JSON reader leaves a missing one null, non-nullable or not.
        RuleFor(r => r.Outputs).NotNull();
        When(r => r.Outputs is not null, () =>
        {
            RuleFor(r => r.Outputs.Target).NotEmpty();
            RuleFor(r => r.Outputs.Target)
                .Must(t => EnumNames<DigitizationTarget>.TryParse(t, out _)).When(r => !string.IsNullOrEmpty(r.Outputs.Target))
                .WithMessage(r => $"'{r.Outputs.Target}' is not a digitization target; one of {EnumNames<DigitizationTarget>.Listed}.");
            RuleFor(r => r.Outputs.ApprovalManagement)
                .Must(m => EnumNames<ApprovalManagement>.TryParse(m, out _)).When(r => r.Outputs.ApprovalManagement is not null)
                .WithMessage(r => $"'{r.Outputs.ApprovalManagement}' is not an approval management; one of {EnumNames<ApprovalManagement>.Listed}.");
        });

        // What no single field shows: contradicting conditions and outputs that do not go together.
        RuleFor(r => r).Custom((body, context) =>
        {
            var conditions = (body.Conditions ?? []).Select(c => c?.TryParse()).ToList();
            if (conditions.Count <= MaxConditions)
                Add(context, conditions.All(c => c is not null)
                    ? ProfileRuleChecks.CheckConditions(conditions!)
                    // Contradictions need every condition; each readable one is still checked alone.
                    : conditions.SelectMany((c, i) => c is null ? Enumerable.Empty<RuleProblem>() : ProfileRuleChecks.CheckCondition(i, c)));
            // This runs whatever the other rules found, so the outputs may be missing yet.
            if (body.Outputs?.TryParse() is { } outputs)
                Add(context, ProfileRuleChecks.CheckOutputs(outputs));
        });
    }

    private static void Add(ValidationContext<ProfileRuleBody> context, IEnumerable<RuleProblem> problems)
    {
        foreach (var problem in problems) context.AddFailure(new ValidationFailure(problem.Field, problem.Message));
    }
}
