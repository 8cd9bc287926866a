namespace Library.Rules;

/// <summary>One rule as the matcher tried it: whether it routes the request, and which of its conditions failed.</summary>
public sealed record RuleEvaluation(ProfileRule Rule, bool Matched, IReadOnlyList<RuleCondition> FailedConditions);
