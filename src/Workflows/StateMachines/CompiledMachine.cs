using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.StateMachines;

/// <summary>A validated state machine indexed for running: each status with the action entries allowed from it.</summary>
internal sealed class CompiledMachine
{
    public CompiledMachine(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var names = definition.States!.Select(s => s.Name).ToList();
        Actions = definition.Actions!.Select((a, index) => new MachineStep(
            index, a.Name, Compile(a.Run ?? [], a.Name, registry), ActionTarget.Read(a.To, out _)!,
            ActionGate.Read(a.When, out _)!, a.Remember == true)).ToList();
        var from = definition.Actions!.Select(a => a.FromStatuses(names)!).ToList();
        States = definition.States!.ToDictionary(s => s.Name, s => new CompiledState(s.Name, s.IsFinal, s.Timers ?? [],
            Actions.Where(a => from[a.Index].Contains(s.Name)).ToList()));
        Start = new MachineStep(-1, "start", Compile(definition.Start!.Run ?? [], "start", registry), ActionTarget.Read(definition.Start.To, out _)!, [], false);
    }

    public MachineStep Start { get; }
    public IReadOnlyList<MachineStep> Actions { get; }
    public IReadOnlyDictionary<string, CompiledState> States { get; }

    /// <summary>
    /// The index of the activity whose outcome picks the target: the last one whose type has an outcome other than Done,
    /// so a notification run after it does not decide. Null when none has: the outcome is Done.
    /// </summary>
    public static int? Deciding(IReadOnlyList<ActivityNode> run, ActivityRegistry registry)
    {
        for (var i = run.Count - 1; i >= 0; i--)
            if (registry.TryGet(run[i].Type, out var type) && type.Outcomes.Any(o => o != Outcomes.Done)) return i;
        return null;
    }

    private static IReadOnlyList<RunActivity> Compile(IReadOnlyList<ActivityNode> run, string owner, ActivityRegistry registry)
    {
        var deciding = Deciding(run, registry);
        // The history names an activity by its action, as ids are only unique within one action's list.
        return run.Select((node, i) => new RunActivity(node with { Id = $"{owner}/{node.Id}" },
            registry.TryGet(node.Type, out var type) ? type.Bind(node) : throw new InvalidOperationException($"Unknown activity type '{node.Type}'."),
            i == deciding, node.On)).ToList();
    }
}

/// <summary>A status, whether the process ends there, its timers, and the action entries allowed from it (before gates).</summary>
internal sealed record CompiledState(string Name, bool Final, IReadOnlyList<MachineTimer> Timers, IReadOnlyList<MachineStep> Actions);

/// <summary>An action entry (or the start, index -1): the activities it runs, where it leads, its gates.</summary>
internal sealed record MachineStep(int Index, string Name, IReadOnlyList<RunActivity> Run, ActionTarget Target, IReadOnlyList<ActionGate> Gates, bool Remember);

/// <summary>
/// An activity an action runs, named for the history, bound once; <see cref="Decides"/> when its outcome picks the
/// target; run only on the deciding outcome <see cref="On"/> when that is given.
/// </summary>
internal sealed record RunActivity(ActivityNode Node, Func<IServiceProvider, Activity> Create, bool Decides, string? On);
