namespace Workflows.Runtime;

public enum RetryStatus
{
    /// <summary>The faulted step ran again and went through; committed.</summary>
    Retried,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>The instance is not Faulted, or was faulted before the failed step was recorded; nothing ran.</summary>
    NotFaulted,

    /// <summary>Another request moved the instance on meanwhile; nothing ran.</summary>
    Conflict,

    /// <summary>The instance faulted in a move onto another version (see <see cref="RetryResult.Reason"/>), which only that move redoes; nothing ran.</summary>
    NotRetriable,

    /// <summary>The retried activity declined the resumption (see <see cref="RetryResult.Reason"/>); nothing was saved.</summary>
    Declined,
}
