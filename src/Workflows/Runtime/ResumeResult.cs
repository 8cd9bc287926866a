using Workflows.Persistence;

namespace Workflows.Runtime;

public sealed record ResumeResult(ResumeStatus Status, Guid? InstanceId = null, WorkflowStatus? InstanceStatus = null, string? Reason = null)
{
    public static ResumeResult NotFound { get; } = new(ResumeStatus.NotFound);
    public static ResumeResult Conflict { get; } = new(ResumeStatus.Conflict);
}
