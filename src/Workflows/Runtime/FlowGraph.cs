using Workflows.Definitions;

namespace Workflows.Runtime;

/// <summary>
/// A flowchart's connections told apart as Elsa's flow graph tells them: walking breadth-first from the start, a
/// connection is backward when its target can already reach its source by the forward connections found so far (it
/// closes a loop), and forward otherwise, so the forward ones never form a cycle. Merge modes count forward inbound
/// connections only, or all of them (<see cref="MergeMode.Converge"/>); a race cancels the activities upstream of it.
/// </summary>
internal sealed class FlowGraph
{
    private readonly Dictionary<string, List<Connection>> _forwardInbound = [];
    private readonly Dictionary<string, List<Connection>> _inbound = [];
    private readonly Dictionary<string, HashSet<string>> _ancestors = [];

    public FlowGraph(WorkflowDefinition definition, string startId)
    {
        var outbound = definition.Connections.ToLookup(c => c.Source);
        var forward = new Dictionary<string, List<string>>();
        foreach (var id in BreadthFirst(definition, startId, outbound))
        foreach (var connection in outbound[id])
        {
            Add(_inbound, connection.Target, connection);
            if (Reaches(forward, connection.Target, connection.Source)) continue;
            Add(_forwardInbound, connection.Target, connection);
            if (!forward.TryGetValue(connection.Source, out var targets)) forward[connection.Source] = targets = [];
            targets.Add(connection.Target);
        }
        foreach (var activity in definition.Activities) _ancestors[activity.Id] = Upstream(activity.Id);
    }

    /// <summary>The connections into <paramref name="activityId"/> that do not close a loop.</summary>
    public IReadOnlyList<Connection> ForwardInbound(string activityId) => _forwardInbound.GetValueOrDefault(activityId) ?? [];

    /// <summary>Every connection into <paramref name="activityId"/>, loop-backs included.</summary>
    public IReadOnlyList<Connection> Inbound(string activityId) => _inbound.GetValueOrDefault(activityId) ?? [];

    /// <summary>The activities from which forward connections lead to <paramref name="activityId"/>.</summary>
    public IReadOnlySet<string> Ancestors(string activityId) => _ancestors[activityId];

    /// <summary>
    /// Every activity once, breadth-first from the start; those the start does not reach follow, each walked from in
    /// the definition's order.
    /// </summary>
    private static IEnumerable<string> BreadthFirst(WorkflowDefinition definition, string startId, ILookup<string, Connection> outbound)
    {
        var seen = new HashSet<string>();
        foreach (var root in definition.Activities.Select(a => a.Id).Prepend(startId))
        {
            if (!seen.Add(root)) continue;
            var order = new Queue<string>([root]);
            while (order.TryDequeue(out var id))
            {
                yield return id;
                foreach (var connection in outbound[id])
                    if (seen.Add(connection.Target)) order.Enqueue(connection.Target);
            }
        }
    }

    private static bool Reaches(Dictionary<string, List<string>> forward, string from, string to)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            if (id == to) return true;
            if (!seen.Add(id)) continue;
            foreach (var next in forward.GetValueOrDefault(id) ?? []) pending.Push(next);
        }
        return false;
    }

    private HashSet<string> Upstream(string activityId)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>([activityId]);
        while (pending.TryPop(out var id))
            foreach (var connection in ForwardInbound(id))
                if (found.Add(connection.Source)) pending.Push(connection.Source);
        return found;
    }

    private static void Add(Dictionary<string, List<Connection>> index, string key, Connection connection)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(connection);
    }
}
