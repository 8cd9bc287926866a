using Workflows.Definitions;

namespace Workflows.Runtime;

/// <summary>What runs after a flowchart activity ends with its outcomes: every connection of each, under the targets' merge modes.</summary>
internal sealed partial class WorkflowExecution
{
    /// <summary>
    /// Queues the targets of the connections <paramref name="outcomes"/> follow. A target without a merge mode runs on
    /// every arrival. With merge modes in the definition, the instance keeps Elsa's tokens: finishing consumes those
    /// addressed to the activity, each connection followed adds one, and the target's mode decides from them whether it
    /// runs now (<see cref="MergeMode"/>); one that waits runs when a later arrival finds its mode satisfied.
    /// </summary>
    private void Follow(LoadedInstance instance, ActivityNode node, IReadOnlyList<string> outcomes, Queue<Step> queue)
    {
        var definition = instance.Definition;
        if (!definition.UsesTokens)
        {
            foreach (var outcome in outcomes)
            foreach (var target in definition.Next(node.Id, outcome))
                queue.Enqueue(new Step(target, node.Id, null));
            return;
        }

        var tokens = instance.State.Tokens ??= [];
        tokens.RemoveAll(t => t.To == node.Id);
        var followed = outcomes.SelectMany(o => definition.Outbound(node.Id, o)).ToList();
        tokens.AddRange(followed.Select(c => new FlowToken(c.Source, c.Outcome, c.Target)));
        // Arrivals over several connections at once run a target that waits for them, or races, once.
        var scheduled = new HashSet<string>();
        foreach (var target in followed.Select(c => c.Target))
        {
            var graph = definition.Graph;
            var runs = definition.MergeMode(target) switch
            {
                null or MergeMode.Cascade => true,
                MergeMode.Race => scheduled.Add(target) && CancelUpstream(instance, target, queue),
                MergeMode.Stream => !graph.ForwardInbound(target).Any(c => tokens.Any(t => t.To == c.Source)) && scheduled.Add(target),
                MergeMode.Merge => Delivered(tokens, target, graph.ForwardInbound(target)) && scheduled.Add(target),
                MergeMode.Converge => Delivered(tokens, target, graph.Inbound(target)) && scheduled.Add(target),
                _ => throw new InvalidOperationException($"Unknown merge mode of '{target}'."),
            };
            if (runs) queue.Enqueue(new Step(target, node.Id, null));
        }
    }

    /// <summary>Whether a token has come over every one of <paramref name="inbound"/>; one or none needs nothing to wait for.</summary>
    private static bool Delivered(List<FlowToken> tokens, string target, IReadOnlyList<Connection> inbound) =>
        inbound.Count <= 1 || inbound.All(c => tokens.Any(t => t.From == c.Source && t.Outcome == c.Outcome && t.To == target));

    /// <summary>
    /// The first arrival at a race cancels what is still under way upstream of <paramref name="raceId"/>, as Elsa cancels
    /// the race's inbound ancestors: their waits end (bookmarks deleted, timers unscheduled, each with a Cancelled entry
    /// in the history) and their steps queued in this unit do not run. Nothing else can then arrive in this pass, and
    /// a loop that comes round again races afresh. Always true: the race itself runs.
    /// </summary>
    private bool CancelUpstream(LoadedInstance instance, string raceId, Queue<Step> queue)
    {
        var upstream = instance.Definition.Graph.Ancestors(raceId);
        var cancelled = new HashSet<string>();
        foreach (var wait in instance.State.Waits.Where(w => upstream.Contains(w.ActivityId)).ToList())
        {
            RemoveWait(instance, wait);
            cancelled.Add(wait.ActivityId);
            var node = instance.Definition.Node(wait.ActivityId);
            Record(instance, node.Id, node.Type, "Cancelled", $"'{raceId}' went on with another branch");
        }
        var steps = queue.ToList();
        queue.Clear();
        foreach (var step in steps)
        {
            if (step.Resumption is null && upstream.Contains(step.ActivityId)) cancelled.Add(step.ActivityId);
            else queue.Enqueue(step);
        }
        instance.State.Tokens?.RemoveAll(t => cancelled.Contains(t.From) || cancelled.Contains(t.To));
        return true;
    }
}
