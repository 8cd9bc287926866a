namespace Workflows.Runtime;

public enum ResumeStatus
{
    /// <summary>The bookmark was consumed and the instance ran until it waited again or ended; committed.</summary>
    Resumed,

    /// <summary>Nothing waits on that bookmark.</summary>
    NotFound,

    /// <summary>Another request consumed the bookmark first; nothing ran.</summary>
    Conflict,

    /// <summary>The resumed activity declined the resumption (see <see cref="ResumeResult.Reason"/>); nothing was saved, the bookmark stays.</summary>
    Declined,
}
