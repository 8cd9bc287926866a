using Library.Approvals;
using Library.Digitization;

namespace Library.Rules;

/// <summary>
/// The checks a rule must pass before it is stored: conditions that some request can satisfy, and outputs that
/// make sense together. Both the API and the seeding run them, so no stored rule is dead or contradictory.
/// </summary>
public static class ProfileRuleChecks
{
    private static readonly StringComparer Same = StringComparer.OrdinalIgnoreCase;

    public static readonly IReadOnlyList<string> Scopes = [ScopeName(DigitizationScope.Full), ScopeName(DigitizationScope.Partial)];
    public static readonly IReadOnlyList<string> RequesterTypes = [RequesterTypeName(RequesterType.Patron), RequesterTypeName(RequesterType.Staff)];

    public static string ScopeName(DigitizationScope scope) => scope == DigitizationScope.Full ? "full" : "partial";

    public static string RequesterTypeName(RequesterType type) => type == RequesterType.Patron ? "patron" : "staff";

    /// <summary>Every value a closed field can have; null for the fields whose values are the institution's own.</summary>
    public static IReadOnlyList<string>? ClosedValues(RuleField field) => field switch
    {
        RuleField.Scope => Scopes,
        RuleField.RequesterType => RequesterTypes,
        _ => null,
    };

    /// <summary>
    /// Problems with the conditions: the wrong number of values for the operator, a value a closed field never
    /// has, and conditions on one field that no request can satisfy together (the rule could never match).
    /// </summary>
    public static IEnumerable<RuleProblem> CheckConditions(IReadOnlyList<RuleCondition> conditions)
    {
        var problems = conditions.SelectMany((c, i) => CheckCondition(i, c)).ToList();
        if (problems.Count > 0) return problems;

        foreach (var field in conditions.Select(c => c.Field).Distinct())
        {
            if (Contradiction(conditions, field) is { } problem) problems.Add(problem);
        }
        return problems;
    }

    /// <summary>Problems of one condition alone, at position <paramref name="index"/>: its number of values, and values a closed field never has.</summary>
    public static IEnumerable<RuleProblem> CheckCondition(int index, RuleCondition c)
    {
        var op = EnumNames<RuleOperator>.Of(c.Operator);
        if (c.Operator is RuleOperator.EqualTo or RuleOperator.NotEqualTo && c.Values.Count != 1)
            yield return new($"conditions[{index}].values",
                $"'{op}' compares with exactly one value, not {c.Values.Count}; use '{(c.Operator == RuleOperator.EqualTo ? "in" : "notIn")}' for a list.");
        else if (c.Values.Count == 0)
            yield return new($"conditions[{index}].values", $"'{op}' needs at least one value in its list.");
        if (ClosedValues(c.Field) is { } closed && c.Values.FirstOrDefault(v => !closed.Contains(v, Same)) is { } stranger)
            yield return new($"conditions[{index}].values",
                $"A request's {EnumNames<RuleField>.Of(c.Field)} is always {string.Join(" or ", closed)}; '{stranger}' is neither.");
    }

    /// <summary>
    /// The first condition on <paramref name="field"/> after which no value is left that satisfies it and the ones
    /// before it. A field the institution names freely has endless values, so only a positive condition
    /// (<c>equals</c>, <c>in</c>) can narrow it to none; a closed field is narrowed from its few values.
    /// </summary>
    private static RuleProblem? Contradiction(IReadOnlyList<RuleCondition> conditions, RuleField field)
    {
        var closed = ClosedValues(field);
        HashSet<string>? allowed = closed is null ? null : new(closed, Same);
        var excluded = new HashSet<string>(Same);
        var seen = new List<string>();
        for (var i = 0; i < conditions.Count; i++)
        {
            var c = conditions[i];
            if (c.Field != field) continue;
            seen.Add($"conditions[{i}] ({c})");
            if (c.Operator is RuleOperator.EqualTo or RuleOperator.In)
            {
                if (allowed is null) allowed = new(c.Values, Same);
                else allowed.IntersectWith(c.Values);
            }
            else
            {
                excluded.UnionWith(c.Values);
            }

            if (allowed is null || allowed.Any(v => !excluded.Contains(v))) continue;
            var name = EnumNames<RuleField>.Of(field);
            var why = seen.Count == 1
                ? $"{seen[0]} excludes every {name}: a request's {name} is always {string.Join(" or ", closed!)}"
                : $"no {name} satisfies {string.Join(" and ", seen)} together";
            return new($"conditions[{i}].values", $"This rule can never match: {why}.");
        }
        return null;
    }

    /// <summary>Problems with a combination of outputs, each naming the output to change.</summary>
    public static IEnumerable<RuleProblem> CheckOutputs(RuleOutputs outputs)
    {
        if (outputs.MaxAccessCount is { } count)
        {
            if (outputs.Target != DigitizationTarget.DocumentDeliveryLink)
                yield return new("outputs.maxAccessCount",
                    $"'maxAccessCount' limits downloads of a link, so it applies only to target {DigitizationTarget.DocumentDeliveryLink}, not {outputs.Target}; send null.");
            else if (count < 1)
                yield return new("outputs.maxAccessCount", $"'maxAccessCount' must be at least 1 (null means unlimited), not {count}.");
        }

        var approvalAsked = outputs.Approval || outputs.CopyrightClearance;
        if (approvalAsked && outputs.ApprovalManagement is null)
            yield return new("outputs.approvalManagement",
                $"'approvalManagement' is required when approval or copyright clearance is asked for: {EnumNames<ApprovalManagement>.Listed}.");
        if (!approvalAsked && outputs.ApprovalManagement is { } management)
            yield return new("outputs.approvalManagement",
                $"'approvalManagement' ({management}) applies only when approval or copyright clearance is asked for; send null, or set 'approval'.");

        var automatic = outputs.ApprovalManagement == ApprovalManagement.AutomaticallyApproved;
        if (automatic && outputs.ApprovalReason is null)
            yield return new("outputs.approvalReason",
                $"'approvalReason' is required when approval is automatic: one of {string.Join(", ", ApprovalReasons.Approve)}.");
        else if (!automatic && outputs.ApprovalReason is not null)
            yield return new("outputs.approvalReason",
                $"'approvalReason' is given only when 'approvalManagement' is {ApprovalManagement.AutomaticallyApproved}; send null.");
        else if (outputs.ApprovalReason is { } reason && !ApprovalReasons.Approve.Contains(reason))
            yield return new("outputs.approvalReason",
                $"'{reason}' is not an approval reason; one of {string.Join(", ", ApprovalReasons.Approve)}.");

        if (automatic && outputs.CopyrightClearance)
            yield return new("outputs.copyrightClearance",
                "Copyright clearance cannot be approved automatically: staff must record the CC number and dates before approving. " +
                $"Use {ApprovalManagement.Parallel} or {ApprovalManagement.Blocks}, or turn 'copyrightClearance' off.");
    }
}
