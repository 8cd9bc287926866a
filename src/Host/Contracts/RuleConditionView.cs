namespace Library.Host.Contracts;

public sealed record RuleConditionView(string Field, string Operator, IReadOnlyList<string> Values);
