using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>
/// How a resume went; when it ran, the instance it ran and how that stands now, with its correlation id (the business
/// key the caller looks its records up by).
/// </summary>
public sealed record ResumeResult(
    ResumeStatus Status, Guid? InstanceId = null, WorkflowStatus? InstanceStatus = null, string? Reason = null, string? CorrelationId = null)
{
    public static ResumeResult NotFound { get; } = new(ResumeStatus.NotFound);
    public static ResumeResult Conflict { get; } = new(ResumeStatus.Conflict);
}
