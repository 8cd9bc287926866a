namespace Library.Host.Contracts;

/// <summary>What the rules make of a sample request: the rule that routes it, each rule tried, and the path it would take.</summary>
public sealed record RuleTryResult(RuleTryMatch Rule, IReadOnlyList<RuleTryEvaluation> Evaluated, IReadOnlyList<string> Path);
