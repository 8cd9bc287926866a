using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>The notes any lending action may carry: one for staff, one for the partner (Alma: Managing Resource Sharing Lending Requests).</summary>
/// <summary>A lending action's body that says, by itself, which command it is.</summary>
public interface ILendingActionBody
{
    LendingCommand ToCommand();
}
