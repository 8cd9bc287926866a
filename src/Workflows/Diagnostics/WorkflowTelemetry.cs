using System.Diagnostics;
using System.Diagnostics.Metrics;
using Workflows.Runtime;

namespace Workflows.Diagnostics;

/// <summary>
/// The runtime's spans and instruments, both named <see cref="Name"/>, in <c>System.Diagnostics</c> terms only: the
/// host decides whether anything listens (OpenTelemetry in the service), and while nothing does, each call costs a
/// check and no allocation.
/// </summary>
public static class WorkflowTelemetry
{
    public const string Name = "Workflows";

    public const string StartSpan = "workflow.start";
    public const string ResumeSpan = "workflow.resume";
    public const string RetrySpan = "workflow.retry";

    public const string DefinitionIdTag = "workflow.definition.id";
    public const string InstanceIdTag = "workflow.instance.id";
    public const string BookmarkNameTag = "workflow.bookmark.name";
    public const string ActivityTypeTag = "workflow.activity.type";
    public const string OutcomeTag = "workflow.outcome";
    public const string ResumeResultTag = "workflow.resume.result";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Steps =
        Meter.CreateCounter<long>("workflow.steps", "{step}", "Activities run, by activity type and outcome.");

    private static readonly Counter<long> Resumes =
        Meter.CreateCounter<long>("workflow.resumes", "{resume}", "Resumes asked for, by result: resumed, conflict, declined or not-found.");

    private static readonly Counter<long> Faults =
        Meter.CreateCounter<long>("workflow.faults", "{fault}", "Steps that threw and faulted their instance, by activity type.");

    private static readonly Histogram<double> CommitDuration =
        Meter.CreateHistogram<double>("workflow.commit.duration", "s", "How long a unit of work took to commit, waiting for its turn included.");

    internal static Activity? StartWorkflow(string definitionId) =>
        Source.StartActivity(StartSpan)?.SetTag(DefinitionIdTag, definitionId);

    /// <summary>Started before the bookmark is looked up, so the lookup is part of the span; tagged once it is found.</summary>
    internal static Activity? ResumeWorkflow(string? bookmarkName) =>
        Source.StartActivity(ResumeSpan)?.SetTag(BookmarkNameTag, bookmarkName);

    internal static Activity? RetryWorkflow(Guid instanceId) =>
        Source.StartActivity(RetrySpan)?.SetTag(InstanceIdTag, instanceId.ToString());

    internal static void Describe(Activity? span, Guid instanceId, string definitionId, string? bookmarkName)
    {
        if (span is null) return;
        span.SetTag(InstanceIdTag, instanceId.ToString()).SetTag(DefinitionIdTag, definitionId).SetTag(BookmarkNameTag, bookmarkName);
    }

    internal static void StepRan(string activityType, string outcome) =>
        Steps.Add(1, new KeyValuePair<string, object?>(ActivityTypeTag, activityType), new KeyValuePair<string, object?>(OutcomeTag, outcome));

    internal static void Resumed(ResumeStatus status) =>
        Resumes.Add(1, new KeyValuePair<string, object?>(ResumeResultTag, status switch
        {
            ResumeStatus.Resumed => "resumed",
            ResumeStatus.Conflict => "conflict",
            ResumeStatus.Declined => "declined",
            _ => "not-found",
        }));

    internal static void Faulted(ActivityFaultException fault)
    {
        Faults.Add(1, new KeyValuePair<string, object?>(ActivityTypeTag, fault.ActivityType));
        // Only our own span: while nothing listens to it, the current one is the caller's (an HTTP request's).
        if (Activity.Current is { } span && span.Source == Source) span.SetStatus(ActivityStatusCode.Error, fault.Message);
    }

    internal static void Committed(TimeSpan took) => CommitDuration.Record(took.TotalSeconds);
}
