using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>An instance taking part in one unit of work: its row, its deserialized state and its definition.</summary>
internal sealed class LoadedInstance(WorkflowInstance entity, InstanceState state, CompiledDefinition definition)
{
    public WorkflowInstance Entity { get; } = entity;
    public InstanceState State { get; } = state;
    public CompiledDefinition Definition { get; } = definition;
    public bool Ended { get; set; }
}
