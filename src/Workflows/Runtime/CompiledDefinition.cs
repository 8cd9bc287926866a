using System.Text.Json;
using System.Text.Json.Nodes;
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
    private readonly ILookup<(string Source, string Outcome), Connection> _outbound;
    private readonly Dictionary<string, MergeMode> _mergeModes;
    private readonly Lazy<FlowGraph> _graph;

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
        _outbound = definition.Connections.ToLookup(c => (c.Source, c.Outcome));
        _mergeModes = Machine is null ? definition.Activities.Select(a => (a.Id, Mode: MergeModeOf(a))).Where(m => m.Mode is not null)
            .ToDictionary(m => m.Id, m => m.Mode!.Value) : [];
        _graph = new Lazy<FlowGraph>(() => new FlowGraph(definition, StartActivityId));
    }

    /// <summary>
    /// Whether any activity has a merge mode: only then does the instance keep the tokens the modes are decided by, so
    /// definitions without one run and store exactly what they did before merge modes.
    /// </summary>
    internal bool UsesTokens => _mergeModes.Count > 0;

    /// <summary>Its connections told forward from backward; worked out the first time a merge mode needs them.</summary>
    internal FlowGraph Graph => _graph.Value;

    /// <summary>The activity's merge mode; null when it runs on every arrival.</summary>
    internal MergeMode? MergeMode(string activityId) => _mergeModes.TryGetValue(activityId, out var mode) ? mode : null;

    internal IEnumerable<Connection> Outbound(string source, string outcome) => _outbound[(source, outcome)];

    /// <summary>
    /// A Join's mode decides, as Elsa derives a FlowJoin's merge mode from its mode: waiting for any is a race, and
    /// waiting for all is the Join's own count of arrivals, as before merge modes.
    /// </summary>
    private static MergeMode? MergeModeOf(ActivityNode node)
    {
        if (node.Type == nameof(Join))
            return node.Inputs["mode"] is JsonValue mode && mode.Deserialize<JoinMode>(DefinitionJson.Options) == JoinMode.WaitAny ? Definitions.MergeMode.Race : null;
        return node.MergeMode is { } name && MergeModes.TryParse(name, out var parsed) ? parsed : null;
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
