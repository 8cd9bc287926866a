using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// The actions a lending request allows now, as its page and its row in the list offer them: those its status and its
/// partner's profile allow. Asked as the request's assignee would ask, so "assign" stays offered to whoever holds it
/// (whether another account may take it over is checked when it tries).
/// </summary>
public static class LendingRequestActions
{
    public static IReadOnlyList<LendingAction> Of(LendingRequest request) =>
        Enum.GetValues<LendingAction>().Where(a => LendingTransitions.Refusal(request, new LendingCommand(a), request.Assignee ?? "") is null).ToList();
}
