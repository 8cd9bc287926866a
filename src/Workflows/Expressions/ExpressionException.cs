namespace Workflows.Expressions;

/// <summary>An expression that does not parse, fails, or breaks a sandbox limit.</summary>
public sealed class ExpressionException(string expression, string reason, Exception? inner = null)
    : Exception($"Expression '{expression}' failed: {reason}", inner)
{
    public string Expression { get; } = expression;
}
