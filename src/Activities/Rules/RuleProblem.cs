namespace Library.Rules;

/// <summary>Why part of a rule is refused: the field as the API names it (<c>conditions[1].values</c>) and a sentence.</summary>
public sealed record RuleProblem(string Field, string Message);
