using Library.Lending;
using Workflows.Definitions;
using Workflows.StateMachines;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>An action a lending request allows now, with the label its definition version gives it (null: the staff screens name it).</summary>
public sealed record LendingActionView(string Name, string? Label);

/// <summary>
/// The actions a lending request allows now, as its page and its row in the list offer them: those open in the
/// request's status (its definition version decides, gates included, where its instance stands; an action a published
/// version added is offered like the others), staff's to take, and not refused by <see cref="LendingChecks"/>. Asked as
/// the request's assignee would ask, so "assign" stays offered to whoever holds it (whether another account may take it
/// over is checked when it tries).
/// </summary>
public static class LendingRequestActions
{
    public static IReadOnlyList<LendingActionView> Of(LendingRequest request, MachinePosition? position, WorkflowDefinition? definition) =>
        (position?.OpenActions ?? [])
            .Where(name => ByStaff(definition, name) && LendingChecks.Refusal(request, new LendingCommand(name), request.Assignee ?? "") is null)
            .Select(name => new LendingActionView(name, definition?.Actions?.FirstOrDefault(a => a.Name == name && a.Label is not null)?.Label))
            .ToList();

    /// <summary>
    /// Whether staff may take the action: not the end of a child, nor one a status's timer takes when its instant comes
    /// (Overdue, Expired), which are the workflow's to take, nor an ISO 18626 partner's status request, which only the
    /// partner makes.
    /// </summary>
    public static bool ByStaff(WorkflowDefinition? definition, string action) =>
        action != MachineAction.ChildEnded && action != StatusRequest
        && definition?.States?.Any(s => s.Timers?.Any(t => t.Action == action) == true) != true;

    private static readonly string StatusRequest = EnumNames<LendingAction>.Of(LendingAction.StatusRequest);
}
