using Library.Lending;
using Workflows.Traces;

namespace Library.Host.Contracts;

/// <summary>
/// The actions a lending request allows now, as its page and its row in the list offer them: those open in the
/// request's status (its definition decides, gates included, where its instance stands) and not refused by <see cref="LendingChecks"/>. Asked as the request's assignee would ask, so "assign" stays
/// offered to whoever holds it (whether another account may take it over is checked when it tries).
/// </summary>
public static class LendingRequestActions
{
    public static IReadOnlyList<LendingAction> Of(LendingRequest request, MachinePosition? position) =>
        Enum.GetValues<LendingAction>()
            .Where(a => position?.Allows(EnumNames<LendingAction>.Of(a)) == true && LendingChecks.Refusal(request, new LendingCommand(a), request.Assignee ?? "") is null)
            .ToList();
}
