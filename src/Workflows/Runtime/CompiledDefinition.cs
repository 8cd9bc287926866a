using Workflows.Activities;
using Workflows.Definitions;
using Workflows.StateMachines;

namespace Workflows.Runtime;

/// <summary>
/// A validated definition version with its graph indexed and each activity's inputs bound once; for a state machine,
/// its statuses and actions (<see cref="Machine"/>) instead.
/// </summary>
public sealed class CompiledDefinition
{
    private readonly Dictionary<string, ActivityNode> _nodes;
    private readonly Dictionary<string, Func<IServiceProvider, Activity>> _factories;
    private readonly ILookup<(string Source, string Outcome), string> _next;
    private readonly Dictionary<string, HashSet<string>> _inbound;

    public CompiledDefinition(WorkflowDefinition definition, ActivityRegistry registry)
    {
        Definition = definition;
        if (definition.IsStateMachine()) Machine = new CompiledMachine(definition, registry);
        _nodes = definition.Activities.ToDictionary(a => a.Id);
        _factories = definition.Activities.ToDictionary(a => a.Id, a =>
            registry.TryGet(a.Type, out var d) ? d.Bind(a) : throw new InvalidOperationException($"Unknown activity type '{a.Type}'."));
        _next = definition.Connections.ToLookup(c => (c.Source, c.Outcome), c => c.Target);
        _inbound = definition.Activities.ToDictionary(a => a.Id,
            a => definition.Connections.Where(c => c.Target == a.Id).Select(c => c.Source).ToHashSet());
        StartActivityId = Machine is null ? definition.Activities.Single(a => a.Type == nameof(Start)).Id : "";
    }

    public WorkflowDefinition Definition { get; }
    public string Id => Definition.Id;
    public int Version => Definition.Version;
    public string StartActivityId { get; }
    internal CompiledMachine? Machine { get; }

    public ActivityNode Node(string activityId) =>
        _nodes.TryGetValue(activityId, out var node) ? node : throw new InvalidOperationException($"Definition {Id} v{Version} has no activity '{activityId}'.");

    internal Activity CreateActivity(string activityId, IServiceProvider services) => _factories[activityId](services);

    public IEnumerable<string> Next(string source, string outcome) => _next[(source, outcome)];

    public HashSet<string> InboundSources(string activityId) => _inbound[activityId];
}
