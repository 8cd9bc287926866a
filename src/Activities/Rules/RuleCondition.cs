namespace Library.Rules;

/// <summary>
/// One input parameter of a rule: the field, how it is compared and with what. <c>equals</c> and
/// <c>notEquals</c> take one value, <c>in</c> and <c>notIn</c> a list; values compare without regard to case.
/// </summary>
public sealed record RuleCondition(RuleField Field, RuleOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>Whether a request whose field has <paramref name="actual"/> (null: the request has none) passes.</summary>
    public bool Holds(string? actual)
    {
        var listed = actual is not null && Values.Contains(actual, StringComparer.OrdinalIgnoreCase);
        return Operator is RuleOperator.EqualTo or RuleOperator.In ? listed : !listed;
    }

    /// <summary>As a librarian would read it: <c>userGroup in [Staff, Faculty]</c>.</summary>
    public override string ToString() =>
        $"{EnumNames<RuleField>.Of(Field)} {EnumNames<RuleOperator>.Of(Operator)} " +
        (Operator is RuleOperator.EqualTo or RuleOperator.NotEqualTo && Values.Count == 1 ? $"'{Values[0]}'" : $"[{string.Join(", ", Values)}]");
}
