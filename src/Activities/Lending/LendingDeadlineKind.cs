namespace Library.Lending;

public enum LendingDeadlineKind
{
    /// <summary>A physical loan's due date: the loan becomes Overdue.</summary>
    Overdue,

    /// <summary>The partner's needed-by date (its last interest date) on a request not shipped yet: it becomes Expired.</summary>
    Expiry,
}
