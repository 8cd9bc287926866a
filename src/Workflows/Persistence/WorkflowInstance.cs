namespace Workflows.Persistence;

/// <summary>One run of a workflow definition, pinned to the exact version it started on.</summary>
internal sealed class WorkflowInstance
{
    public Guid Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public WorkflowStatus Status { get; set; }

    /// <summary>The business key the instance serves, e.g. a request id.</summary>
    public string? CorrelationId { get; set; }

    public Guid? ParentInstanceId { get; set; }

    /// <summary>Variables, open waits and join arrivals as JSON (<see cref="Runtime.InstanceState"/>).</summary>
    public required string State { get; set; }

    /// <summary>What failed, as "activity (type): message", while the instance is Faulted.</summary>
    public string? Fault { get; set; }

    /// <summary>
    /// Set exactly while the instance is Faulted by a resumption: the step to retry. An instance faulted before
    /// incidents were recorded has a <see cref="Fault"/> without one.
    /// </summary>
    public FaultedStep? Incident { get; set; }

    /// <summary>How an ended instance ended, in the definition's words (the End activity's result).</summary>
    public string? Result { get; set; }

    /// <summary>Optimistic concurrency token: every save increments it, a stale save fails.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
