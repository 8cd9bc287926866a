using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.StateMachines;

namespace Workflows.Runtime;

/// <summary>
/// How a state machine runs in a unit of work: a status is a wait with one bookmark per open action, named by the
/// action and keyed by the instance's correlation id (else its id), plus a timer bookmark per timer; resuming one runs
/// the action's activities and enters the status it leads to. A status's bookmarks are one wait, so taking any action
/// consumes them all and cancels its timers.
/// </summary>
internal sealed partial class WorkflowExecution
{
    /// <summary>The activity type the history names a state machine's start and actions by.</summary>
    public const string StartType = "Start", ActionType = "Action";

    /// <summary>How the history names a move onto another version (<see cref="MoveAsync"/>).</summary>
    public const string MovedId = "moved", MovedType = "Move";

    private async Task StartMachineAsync(LoadedInstance instance, CompiledMachine machine)
    {
        instance.State.Machine = new MachineStatus();
        var outcome = await RunActivitiesAsync(instance, machine.Start, resumption: null);
        if (instance.Ended) return;
        await EnterAsync(instance, machine, Target(instance, machine.Start, outcome), machine.Start.Name, StartType, note: null);
    }

    private async Task TakeActionAsync(LoadedInstance instance, CompiledMachine machine, Resumption resumption)
    {
        var action = machine.Actions[int.Parse(resumption.BookmarkData!)];
        var from = instance.State.Machine!.Status;
        var outcome = await RunActivitiesAsync(instance, action, resumption);
        if (instance.Ended) return;
        var status = Target(instance, action, outcome);
        if (action.Target.For(outcome) == ActionTarget.Interrupted) instance.State.Machine.Resume(from);
        if (action.Remember) instance.State.Machine.Remember(from);
        var timer = resumption.BookmarkName == Activities.Timer.BookmarkName ? "timer due; " : "";
        await EnterAsync(instance, machine, status, action.Name, ActionType, $"{timer}from {from}");
    }

    /// <summary>
    /// Moves a running instance onto <paramref name="target"/>, a state machine, at <paramref name="status"/>, without
    /// running anything: its waits and bookmarks are dropped (whatever its old version waited in, even an activity type
    /// this release no longer has, so the old version is never compiled), <paramref name="variables"/> are set over the
    /// target's defaults, <paramref name="remembered"/> (latest first) become the statuses "$interrupted" returns to,
    /// and the status is entered as an action would enter it.
    /// </summary>
    public async Task MoveAsync(Guid instanceId, CompiledDefinition target, string status,
        IReadOnlyList<string> remembered, JsonObject variables)
    {
        var machine = target.Machine ?? throw new ArgumentException($"Definition {target.Id} v{target.Version} is not a state machine.", nameof(target));
        if (!machine.States.ContainsKey(status))
            throw new ArgumentException($"Definition {target.Id} v{target.Version} has no status '{status}'.", nameof(status));
        if (remembered.FirstOrDefault(s => !machine.States.ContainsKey(s)) is { } unknown)
            throw new ArgumentException($"Definition {target.Id} v{target.Version} has no status '{unknown}'.", nameof(remembered));
        var entity = await db.Instances.FindAsync([instanceId], CancellationToken)
                     ?? throw new InvalidOperationException($"Instance {instanceId} does not exist.");
        if (entity.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            throw new InvalidOperationException($"Instance {instanceId} has ended; only a running instance moves.");
        var state = InstanceState.Deserialize(entity.State);
        var instance = new LoadedInstance(entity, state, target);
        _loaded[instanceId] = instance;
        foreach (var wait in state.Waits.ToList()) RemoveWait(instance, wait);
        state.Joins.Clear();
        foreach (var (name, value) in target.Definition.Variables)
            if (!state.Variables.ContainsKey(name)) state.Variables[name] = value?.DeepClone();
        foreach (var (name, value) in variables) state.Variables[name] = value?.DeepClone();
        // Whatever faulted it (a move that failed before, or a step of the old version) is over with the waits it left.
        entity.Incident = null;
        var from = entity.DefinitionVersion;
        entity.DefinitionVersion = target.Version;
        state.Machine = new MachineStatus();
        foreach (var earlier in remembered.Reverse()) state.Machine.Remember(earlier);
        await EnterAsync(instance, machine, status, MovedId, MovedType, $"moved from version {from} to version {target.Version} at status {status}");
        await DrainPendingAsync();
    }

    /// <summary>The status <paramref name="step"/> leads to from where the instance is, given the deciding outcome.</summary>
    private static string Target(LoadedInstance instance, MachineStep step, string outcome)
    {
        var from = instance.State.Machine!.Status;
        return step.Target.For(outcome) switch
        {
            null => from,
            ActionTarget.Interrupted => instance.State.Machine.Interrupted ?? from,
            var target => target,
        };
    }

    /// <summary>
    /// Runs the activities in order and answers the deciding one's outcome (Done when none decides); those after it
    /// learn the status the step leads to, and those given another outcome to run on are skipped. On a resumption an activity may decline: nothing of the unit is saved and
    /// the bookmark stays.
    /// </summary>
    private async Task<string> RunActivitiesAsync(LoadedInstance instance, MachineStep step, Resumption? resumption)
    {
        var outcome = Outcomes.Done;
        var decided = step.Run.All(r => !r.Decides);
        foreach (var run in step.Run)
        {
            // The checks put an activity with 'on' after the deciding one, so the outcome is known here.
            if (run.On is not null && run.On != outcome) continue;
            var node = run.Node;
            if (++_steps > StepLimit)
                throw new ActivityFaultException(instance.Entity.Id, node.Id, node.Type, new InvalidOperationException($"more than {StepLimit} steps in one unit"));
            var context = new ActivityContext(this, instance, node.Id, arrivedFrom: null)
                { ActionPayload = resumption?.Payload, Entering = decided ? Target(instance, step, outcome) : null };
            ActivityResult result;
            try
            {
                result = await run.Create(Services).ExecuteAsync(context);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ActivityFaultException)
            {
                throw new ActivityFaultException(instance.Entity.Id, node.Id, node.Type, e);
            }
            switch (result.Kind)
            {
                case ActivityResultKind.Outcome:
                    Stepped(instance, node, result.OutcomeName, context.Note);
                    if (run.Decides) (outcome, decided) = (result.OutcomeName!, true);
                    break;
                case ActivityResultKind.End:
                    Stepped(instance, node, Ending(result), context.Note);
                    End(instance, result.Cancelled, result.Result, FaultOf(node, result));
                    return outcome;
                case ActivityResultKind.Declined when resumption is not null:
                    throw new ResumptionDeclinedException(result.Reason!);
                default:
                    throw new ActivityFaultException(instance.Entity.Id, node.Id, node.Type, new InvalidOperationException(
                        $"an activity a state machine's {(resumption is null ? "start" : "action")} runs must end with an outcome; it asked to {result.Kind.ToString().ToLowerInvariant()}"));
            }
        }
        return outcome;
    }

    /// <summary>
    /// Enters <paramref name="status"/> (again, when an action keeps it): its actions whose gates hold become bookmarks,
    /// its timers whose variables hold an instant timer bookmarks. A final status with no action open ends the instance.
    /// </summary>
    private async Task EnterAsync(LoadedInstance instance, CompiledMachine machine, string status, string byId, string byType, string? note)
    {
        var state = machine.States[status];
        instance.State.Machine!.Status = status;
        var context = new ActivityContext(this, instance, status, arrivedFrom: null);
        var open = new List<MachineStep>();
        foreach (var action in state.Actions.Where(a => open.All(o => o.Name != a.Name)))
            if (await GatesHoldAsync(action, context)) open.Add(action);

        var openNote = open.Count == 0 ? "no action open" : $"open: {string.Join(", ", open.Select(a => a.Name))}";
        Record(instance, byId, byType, status, note is null ? openNote : $"{note}; {openNote}");
        if (state.Final && open.Count == 0)
        {
            End(instance, cancelled: false, result: status);
            return;
        }
        var key = instance.Entity.CorrelationId ?? instance.Entity.Id.ToString();
        var bookmarks = open.Select(a => new BookmarkRequest(a.Name, key, Data: a.Index.ToString())).ToList();
        foreach (var timer in state.Timers)
        {
            if (open.FirstOrDefault(a => a.Name == timer.Action) is not { } action || DueAt(instance, status, timer) is not { } due) continue;
            bookmarks.Add(new BookmarkRequest(Activities.Timer.BookmarkName, Guid.CreateVersion7().ToString(), due, action.Index.ToString()));
        }
        AddWait(instance, status, bookmarks);
    }

    private static async Task<bool> GatesHoldAsync(MachineStep action, ActivityContext context)
    {
        if (action.Gates.Count == 0) return true;
        var sources = context.Services.GetServices<IGateSource>().ToDictionary(s => s.Source);
        foreach (var gate in action.Gates)
        {
            var source = sources.GetValueOrDefault(gate.Source)
                         ?? throw new ActivityFaultException(context.InstanceId, context.ActivityId, "State", new InvalidOperationException($"no gate source '{gate.Source}' is registered"));
            if (await source.IsOnAsync(gate.Flag, context) != gate.On) return false;
        }
        return true;
    }

    /// <summary>The instant the timer's variable holds; none while the variable is empty.</summary>
    private static DateTime? DueAt(LoadedInstance instance, string status, MachineTimer timer)
    {
        var value = instance.State.Variables[timer.At];
        if (value is null) return null;
        try
        {
            return value.Deserialize<DateTime>(DefinitionJson.Options).ToUniversalTime();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ActivityFaultException(instance.Entity.Id, status, "State",
                new InvalidOperationException($"timer of status '{status}': variable '{timer.At}' holds {value.ToJsonString()}, not an instant", e));
        }
    }
}
