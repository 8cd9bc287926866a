namespace Workflows.Activities;

/// <summary>When a <see cref="Join"/> continues, as Elsa's FlowJoin modes.</summary>
public enum JoinMode
{
    /// <summary>Once every inbound connection has delivered.</summary>
    WaitAll,

    /// <summary>On the first arrival, cancelling the branches still under way towards it.</summary>
    WaitAny,
}
