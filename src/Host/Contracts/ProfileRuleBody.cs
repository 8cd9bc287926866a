using FluentValidation;
using FluentValidation.Results;
using Library.Approvals;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>
/// A profile rule as <c>POST</c> and <c>PUT /api/profile-rules</c> take it, and as the seed file holds it. Fields are
/// nullable and names are strings so the validator can name each one that is missing or unknown. Omitted
/// <c>enabled</c> and <c>order</c>: a new rule is enabled and goes last (before the default rule), a replaced one
/// keeps its state and place. Omitted <c>conditions</c>: none, the rule matches every request.
/// </summary>
public sealed record ProfileRuleBody(
    string? Name,
    string? Description,
    bool? Enabled,
    int? Order,
    List<RuleConditionBody>? Conditions,
    RuleOutputsBody? Outputs)
{
    /// <summary>The conditions, once the validator has passed them.</summary>
    public IReadOnlyList<RuleCondition> ToConditions() =>
        (Conditions ?? []).Select(c => c.TryParse() ?? throw new InvalidOperationException("Validate the body first.")).ToList();

    public RuleOutputs ToOutputs() => Outputs?.TryParse() ?? throw new InvalidOperationException("Validate the body first.");
}

public sealed record RuleConditionBody(string? Field, string? Operator, List<string>? Values)
{
    public RuleCondition? TryParse() =>
        EnumNames<RuleField>.TryParse(Field, out var field) && EnumNames<RuleOperator>.TryParse(Operator, out var op)
            && Values is not null && Values.All(v => !string.IsNullOrWhiteSpace(v))
            ? new RuleCondition(field, op, Values.ToList())
            : null;
}

public sealed record RuleOutputsBody(
    string? Target,
    int? MaxAccessCount,
    bool? Approval,
    bool? CopyrightClearance,
    string? ApprovalManagement,
    string? ApprovalReason)
{
    /// <summary>The outputs, or null while the target or the approval management is not a known name.</summary>
    public RuleOutputs? TryParse()
    {
        if (!EnumNames<DigitizationTarget>.TryParse(Target, out var target)) return null;
        ApprovalManagement? management = null;
        if (ApprovalManagement is not null)
        {
            if (!EnumNames<ApprovalManagement>.TryParse(ApprovalManagement, out var parsed)) return null;
            management = parsed;
        }
        // A reason in another case is the listed one; an unlisted one is left for the checks to name.
        var reason = ApprovalReasons.Approve.FirstOrDefault(r => string.Equals(r, ApprovalReason, StringComparison.OrdinalIgnoreCase)) ?? ApprovalReason;
        return new RuleOutputs(target, MaxAccessCount, Approval ?? false, CopyrightClearance ?? false, management, reason);
    }
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

        RuleFor(r => r.Outputs).NotNull();
        When(r => r.Outputs is not null, () =>
        {
            RuleFor(r => r.Outputs!.Target).NotEmpty();
            RuleFor(r => r.Outputs!.Target)
                .Must(t => EnumNames<DigitizationTarget>.TryParse(t, out _)).When(r => !string.IsNullOrEmpty(r.Outputs!.Target))
                .WithMessage(r => $"'{r.Outputs!.Target}' is not a digitization target; one of {EnumNames<DigitizationTarget>.Listed}.");
            RuleFor(r => r.Outputs!.ApprovalManagement)
                .Must(m => EnumNames<ApprovalManagement>.TryParse(m, out _)).When(r => r.Outputs!.ApprovalManagement is not null)
                .WithMessage(r => $"'{r.Outputs!.ApprovalManagement}' is not an approval management; one of {EnumNames<ApprovalManagement>.Listed}.");
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
            if (body.Outputs?.TryParse() is { } outputs)
                Add(context, ProfileRuleChecks.CheckOutputs(outputs));
        });
    }

    private static void Add(ValidationContext<ProfileRuleBody> context, IEnumerable<RuleProblem> problems)
    {
        foreach (var problem in problems) context.AddFailure(new ValidationFailure(problem.Field, problem.Message));
    }
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
        RuleFor(c => c.Values).Must(v => v!.Count <= MaxValues).When(c => c.Values is not null)
            .WithMessage($"A condition compares with at most {MaxValues} values.");
        RuleForEach(c => c.Values).NotEmpty().WithMessage("A value must not be blank.").MaximumLength(100);
    }
}

/// <summary>A profile rule as the API reads it: the body's shape plus its id and whether it is the default rule.</summary>
public sealed record ProfileRuleView(
    int Id,
    string Name,
    string Description,
    bool Enabled,
    int Order,
    bool IsDefault,
    IReadOnlyList<RuleConditionView> Conditions,
    RuleOutputsView Outputs)
{
    public static ProfileRuleView Of(ProfileRule rule) => new(
        rule.Id, rule.Name, rule.Description, rule.Enabled, rule.Order, rule.IsDefault,
        rule.Conditions.Select(c => new RuleConditionView(EnumNames<RuleField>.Of(c.Field), EnumNames<RuleOperator>.Of(c.Operator), c.Values)).ToList(),
        new RuleOutputsView(
            EnumNames<DigitizationTarget>.Of(rule.Outputs.Target),
            rule.Outputs.MaxAccessCount,
            rule.Outputs.Approval,
            rule.Outputs.CopyrightClearance,
            rule.Outputs.ApprovalManagement is { } management ? EnumNames<ApprovalManagement>.Of(management) : null,
            rule.Outputs.ApprovalReason));
}

public sealed record RuleConditionView(string Field, string Operator, IReadOnlyList<string> Values);

public sealed record RuleOutputsView(
    string Target,
    int? MaxAccessCount,
    bool Approval,
    bool CopyrightClearance,
    string? ApprovalManagement,
    string? ApprovalReason);
