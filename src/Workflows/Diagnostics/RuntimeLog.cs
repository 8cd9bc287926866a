using Microsoft.Extensions.Logging;

namespace Workflows.Diagnostics;

/// <summary>The runtime's log messages, defined once so that a disabled level costs a check and no allocation.</summary>
internal static partial class RuntimeLog
{
    private static readonly Func<ILogger, Guid, string, IDisposable?> InstanceScope =
        LoggerMessage.DefineScope<Guid, string>("Workflow instance {WorkflowInstanceId} of {DefinitionId}");

    /// <summary>Around the run of one instance, so that whatever is logged while it runs a step names it.</summary>
    public static IDisposable? BeginInstanceScope(this ILogger logger, Guid instanceId, string definitionId) =>
        InstanceScope(logger, instanceId, definitionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Step {ActivityId} ({ActivityType}) ended with {Outcome}")]
    public static partial void StepEnded(this ILogger logger, string activityId, string activityType, string outcome);
}
