using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.StateMachines;

/// <summary>
/// Why a state machine cannot run: the designer's checks (statuses named twice or unreachable, actions allowed from or
/// leading to no status, allowed twice from one status, outcomes leading nowhere, unknown activity types) and the
/// server's besides (malformed forms, unknown gate sources and flags, activity inputs, statuses that cannot reach a
/// final one). Each problem is keyed as the designer shows it: <c>state:&lt;name&gt;</c>, <c>action:&lt;name&gt;</c>
/// or <c>start</c>.
/// </summary>
public sealed class MachineChecks(ActivityRegistry registry, IEnumerable<IGateSource> gateSources)
{
    private readonly Dictionary<string, IGateSource> _sources = gateSources.ToDictionary(s => s.Source);

    public static string StateKey(string name) => $"state:{name}";
    public static string ActionKey(string name) => $"action:{name}";
    public const string StartKey = "start";

    public IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition)
    {
        var problems = new List<DefinitionProblem>();
        if (definition.States is null || definition.Actions is null || definition.Start is null)
        {
            problems.Add(DefinitionProblem.OfDefinition("a state machine needs 'start', 'states' and 'actions'"));
            return problems;
        }
        if (definition.Activities.Count > 0 || definition.Connections.Count > 0)
            problems.Add(DefinitionProblem.OfDefinition("a state machine has no 'activities' or 'connections'; its actions 'run' activities"));

        var statuses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in definition.States)
        {
            if (state is null || string.IsNullOrWhiteSpace(state.Name)) { problems.Add(DefinitionProblem.OfDefinition("a status has no 'name'")); continue; }
            if (state.Name.StartsWith('$')) problems.Add(new(StateKey(state.Name), $"status '{state.Name}': a name starting with '$' is kept for targets such as {ActionTarget.Interrupted}"));
            if (!statuses.Add(state.Name)) problems.Add(new(StateKey(state.Name), $"two statuses are called '{state.Name}'"));
        }
        if (statuses.Count == 0) problems.Add(DefinitionProblem.OfDefinition("'states' is empty"));

        var actions = ReadActions(definition, statuses, problems);
        var start = ReadStart(definition.Start, statuses, problems);
        foreach (var action in actions)
        {
            foreach (var target in action.Target.Targets.Where(t => t != ActionTarget.Interrupted && !statuses.Contains(t)))
                problems.Add(new(ActionKey(action.Name), $"action '{action.Name}' leads nowhere: '{target}' is not a status"));
            if (action.Target.Targets.Contains(ActionTarget.Interrupted))
                foreach (var status in action.From.Where(s => statuses.Contains(s) && !InterruptedIn(actions, s).Any()))
                    problems.Add(new(ActionKey(action.Name), $"action '{action.Name}' leads back to the status it interrupted, but no action with 'remember' leads to '{status}'"));
        }
        problems.AddRange(Duplicates(actions));
        problems.AddRange(Timers(definition.States, actions));
        if (start is not null) problems.AddRange(Reach(definition.States, actions, start));
        return problems;
    }

    /// <summary>An action entry as the checks read it.</summary>
    private sealed record ReadAction(string Name, IReadOnlyList<string> From, ActionTarget Target, IReadOnlyList<ActionGate> Gates, bool Remember);

    private List<ReadAction> ReadActions(WorkflowDefinition definition, HashSet<string> statuses, List<DefinitionProblem> problems)
    {
        var read = new List<ReadAction>();
        foreach (var action in definition.Actions!)
        {
            if (action is null || string.IsNullOrWhiteSpace(action.Name)) { problems.Add(DefinitionProblem.OfDefinition("an action has no 'name'")); continue; }
            var key = ActionKey(action.Name);
            var from = action.FromStatuses(statuses);
            if (action.From is null) problems.Add(new(key, $"action '{action.Name}' has no 'from'"));
            else if (from is null) problems.Add(new(key, $"action '{action.Name}': 'from' must be a list of statuses, one status or \"{MachineAction.EveryStatus}\""));
            else if (from.Count == 0 && action.From is not null && action.From.GetValueKind() == System.Text.Json.JsonValueKind.Array)
                problems.Add(new(key, $"action '{action.Name}' is allowed from no status"));
            foreach (var status in from?.Where(s => !statuses.Contains(s)) ?? [])
                problems.Add(new(key, $"action '{action.Name}' is allowed from '{status}', which is not a status"));
            var target = ActionTarget.Read(action.To, out var toProblem);
            if (toProblem is not null) problems.Add(new(key, $"action '{action.Name}': {toProblem}"));
            var gates = ActionGate.Read(action.When, out var gateProblem);
            if (gateProblem is not null) problems.Add(new(key, $"action '{action.Name}': {gateProblem}"));
            foreach (var gate in gates ?? [])
            {
                if (!_sources.TryGetValue(gate.Source, out var source))
                    problems.Add(new(key, $"action '{action.Name}': gate source '{gate.Source}' is unknown; known: {Known(_sources.Keys)}"));
                else if (!source.Flags.Contains(gate.Flag))
                    problems.Add(new(key, $"action '{action.Name}': {gate.Source} has no flag '{gate.Flag}'; it has {Known(source.Flags)}"));
            }
            problems.AddRange(RunProblems(action.Run, target, $"action '{action.Name}'").Select(p => new DefinitionProblem(key, p)));
            // An action whose shape reads takes part in the statuses' checks even when its gate or activities have problems.
            if (from is not null && target is not null && gates is not null) read.Add(new ReadAction(action.Name, from, target, gates, action.Remember == true));
        }
        return read;
    }

    private ActionTarget? ReadStart(MachineStart start, HashSet<string> statuses, List<DefinitionProblem> problems)
    {
        var count = problems.Count;
        var target = ActionTarget.Read(start.To, out var problem);
        if (problem is not null) problems.Add(new(StartKey, $"start: {problem}"));
        else if (start.To is null) problems.Add(new(StartKey, "start has no 'to': a new instance must enter a status"));
        else
        {
            if (target!.ByOutcome?.Values.Any(v => v is null) == true) problems.Add(new(StartKey, "start has no status to stay in: every outcome must lead to a status"));
            foreach (var name in target.Targets)
            {
                if (name == ActionTarget.Interrupted) problems.Add(new(StartKey, "start has no status to go back to: a new instance has been in none"));
                else if (!statuses.Contains(name)) problems.Add(new(StartKey, $"start leads nowhere: '{name}' is not a status"));
            }
        }
        // Reachability needs only where the start leads, so an activity's problem does not hide the statuses' ones.
        var leads = problems.Count == count ? target : null;
        problems.AddRange(RunProblems(start.Run, target, "start").Select(p => new DefinitionProblem(StartKey, p)));
        return leads;
    }

    /// <summary>
    /// Unknown types, repeated ids, bad inputs, and a target by outcome or an activity's 'on' that does not match the
    /// deciding activity's outcomes.
    /// </summary>
    private IEnumerable<string> RunProblems(IReadOnlyList<ActivityNode>? run, ActionTarget? target, string of)
    {
        var ids = new HashSet<string>();
        var known = true;
        foreach (var node in run ?? [])
        {
            if (node is null || string.IsNullOrWhiteSpace(node.Id)) { yield return $"{of}: an activity to run has no 'id'"; known = false; continue; }
            if (!ids.Add(node.Id)) yield return $"{of}: two activities to run are called '{node.Id}'";
            if (node.Inputs is null) { yield return $"{of}: activity '{node.Id}' has 'inputs': null; give an object"; continue; }
            if (!registry.TryGet(node.Type ?? "", out var descriptor))
            {
                yield return $"{of}: activity '{node.Id}' has unknown type '{node.Type}'";
                known = false;
                continue;
            }
            if (descriptor.Waits.Count > 0)
                yield return $"{of}: activity '{node.Id}' ({node.Type}) waits; the activities an action runs end with an outcome, and the status is the wait";
            foreach (var problem in descriptor.ValidateInputs(node)) yield return $"{of}: {problem}";
        }
        if (!known) yield break;
        var deciding = CompiledMachine.Deciding(run ?? [], registry);
        var outcomes = deciding is null ? [Outcomes.Done] : registry.TryGet(run![deciding.Value].Type, out var d) ? d.Outcomes : [];
        var which = deciding is null ? "its activities" : $"{run![deciding.Value].Id} ({run[deciding.Value].Type})";
        for (var i = 0; i < run?.Count; i++)
        {
            if (run[i].On is not { } on) continue;
            if (deciding is null || i <= deciding)
                yield return $"{of}: activity '{run[i].Id}' runs on outcome '{on}', but no activity before it decides an outcome";
            else if (!outcomes.Contains(on))
                yield return $"{of}: activity '{run[i].Id}' runs on outcome '{on}', which {which} does not have (it has {string.Join(", ", outcomes)})";
        }
        if (target?.ByOutcome is not { } byOutcome) yield break;
        foreach (var outcome in outcomes.Where(o => !byOutcome.ContainsKey(o)))
            yield return $"{of} does not say where outcome '{outcome}' of {which} leads";
        foreach (var outcome in byOutcome.Keys.Where(o => !outcomes.Contains(o)))
            yield return $"{of} maps outcome '{outcome}', which {which} does not have (it has {string.Join(", ", outcomes)})";
    }

    /// <summary>An action allowed twice from one status: entries of one name whose statuses overlap and whose gates can hold together.</summary>
    private static IEnumerable<DefinitionProblem> Duplicates(List<ReadAction> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        for (var j = 0; j < i; j++)
        {
            var (a, b) = (actions[i], actions[j]);
            if (a.Name != b.Name || ActionGate.Exclusive(a.Gates, b.Gates)) continue;
            var both = a.From.Intersect(b.From).ToList();
            if (both.Count > 0)
                yield return new(ActionKey(a.Name), $"'{a.Name}' is allowed twice from {string.Join(", ", both.Select(s => $"'{s}'"))}");
        }
    }

    private static IEnumerable<DefinitionProblem> Timers(IReadOnlyList<MachineState> states, List<ReadAction> actions)
    {
        foreach (var state in states.Where(s => s is not null))
        foreach (var timer in state.Timers ?? [])
        {
            if (timer is null || string.IsNullOrWhiteSpace(timer.At))
                yield return new(StateKey(state.Name), $"status '{state.Name}': a timer needs 'at', the variable holding its instant");
            else if (!actions.Any(a => a.Name == timer?.Action && a.From.Contains(state.Name)))
                yield return new(StateKey(state.Name), $"status '{state.Name}': its timer takes '{timer.Action}', which is not an action allowed from it");
        }
    }

    /// <summary>Every non-final status must be reachable from the start and able to reach a final one.</summary>
    private static IEnumerable<DefinitionProblem> Reach(IReadOnlyList<MachineState> states, List<ReadAction> actions, ActionTarget start)
    {
        var named = states.Where(s => !string.IsNullOrWhiteSpace(s?.Name)).DistinctBy(s => s.Name).ToList();
        var next = named.ToDictionary(s => s.Name, s => actions.Where(a => a.From.Contains(s.Name))
            .SelectMany(a => a.Target.Targets.SelectMany(t => t == ActionTarget.Interrupted ? InterruptedIn(actions, s.Name) : [t])).ToHashSet());
        var reached = Closure(start.Targets, status => next.GetValueOrDefault(status) ?? []);
        var finals = named.Where(s => s.IsFinal).Select(s => s.Name).ToList();
        var reachesFinal = Closure(finals, status => next.Where(n => n.Value.Contains(status)).Select(n => n.Key));
        if (finals.Count == 0) yield return DefinitionProblem.OfDefinition("no status is 'final': a state machine must be able to end");
        foreach (var state in named.Where(s => !s.IsFinal))
        {
            if (!reached.Contains(state.Name)) yield return new(StateKey(state.Name), $"status '{state.Name}' cannot be reached from the start");
            else if (finals.Count > 0 && !reachesFinal.Contains(state.Name)) yield return new(StateKey(state.Name), $"status '{state.Name}' cannot reach a final status");
        }
    }

    private static HashSet<string> Closure(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var reached = new HashSet<string>();
        var queue = new Queue<string>(from);
        while (queue.TryDequeue(out var status))
            if (reached.Add(status)) foreach (var n in next(status)) queue.Enqueue(n);
        return reached;
    }

    /// <summary>The statuses "$interrupted" can mean in <paramref name="status"/>: those that actions with 'remember' lead into it from.</summary>
    private static IEnumerable<string> InterruptedIn(List<ReadAction> actions, string status) =>
        actions.Where(a => a.Remember && a.Target.Targets.Contains(status)).SelectMany(a => a.From).Where(s => s != status).Distinct();

    private static string Known(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order(StringComparer.Ordinal)) : "none";
}
