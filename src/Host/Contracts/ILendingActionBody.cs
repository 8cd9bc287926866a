using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>The notes any lending action may carry: one for staff, one for the partner (seed 003).</summary>
/// <summary>A lending action's body that says, by itself, which command it is.</summary>
public interface ILendingActionBody
{
    LendingCommand ToCommand();
}
