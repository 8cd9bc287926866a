namespace Workflows.Definitions;

/// <summary>
/// When an activity with several inbound connections runs, as Elsa 3.6 names the choices (an activity's
/// <see cref="ActivityNode.MergeMode"/>). An activity without one runs on every arrival, as before merge modes.
/// </summary>
public enum MergeMode
{
    /// <summary>Runs once no activity on its forward inbound connections is still on its way (reached and not done): branches not taken do not hold it up.</summary>
    Stream,

    /// <summary>Runs once every forward inbound connection has delivered; a branch not taken holds it for ever.</summary>
    Merge,

    /// <summary>Runs once every inbound connection, loop-backs included, has delivered.</summary>
    Converge,

    /// <summary>Runs once for each arrival.</summary>
    Cascade,

    /// <summary>Runs on the first arrival and cancels what is still under way upstream of it; the others never arrive.</summary>
    Race,
}
