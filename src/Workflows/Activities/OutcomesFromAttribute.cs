namespace Workflows.Activities;

/// <summary>
/// Declares that the names an input of the activity lists are its outcomes (a fork's branches); when the input lists
/// none, the activity has its declared outcomes.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutcomesFromAttribute(string input) : Attribute
{
    public string Input { get; } = input;
}
