namespace Library.Lending;

/// <summary>The definition every lending request runs (<c>workflow-definitions/lending.json</c>).</summary>
public static class LendingWorkflow
{
    public const string Id = "lending";
}
