namespace Workflows.Activities;

/// <summary>Declares the outcomes an activity can end with; without it an activity has one, <c>Done</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutcomesAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
