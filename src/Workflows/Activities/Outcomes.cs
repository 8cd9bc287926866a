namespace Workflows.Activities;

/// <summary>The outcome names the runtime itself relies on.</summary>
public static class Outcomes
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
}
