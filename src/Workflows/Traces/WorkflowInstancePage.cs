namespace Workflows.Traces;

/// <summary>A page of instances, and how many match in all.</summary>
public sealed record WorkflowInstancePage(int Total, IReadOnlyList<WorkflowInstanceSummary> Items);
