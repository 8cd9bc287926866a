namespace Workflows.Traces;

/// <summary>
/// Where a state-machine instance stands: its status and the actions open from it now (their gates held when it
/// entered the status), each once, in the definition's order; what a caller lists as the allowed actions.
/// </summary>
public sealed record MachinePosition(Guid InstanceId, int DefinitionVersion, string Status, IReadOnlyList<string> OpenActions)
{
    /// <summary>Whether <paramref name="action"/> can be taken now.</summary>
    public bool Allows(string action) => OpenActions.Contains(action);
}
