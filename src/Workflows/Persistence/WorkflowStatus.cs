namespace Workflows.Persistence;

public enum WorkflowStatus
{
    Running,
    Suspended,
    Completed,
    Cancelled,
    Faulted,
}
