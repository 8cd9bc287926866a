namespace Workflows.Runtime;

/// <summary>Where a stored version stands: whether new instances start on it, or did, or may.</summary>
public enum DefinitionState
{
    /// <summary>Stored but never activated: nothing starts on it.</summary>
    Draft,

    /// <summary>The version new instances start on; one per definition.</summary>
    Active,

    /// <summary>The version that was active before the active one: what a rollback activates.</summary>
    Previous,

    /// <summary>Active once, before the previous version.</summary>
    Retired,
}
