namespace Library.Lending;

/// <summary>
/// What the request shows about a child workflow it started (Alma: Managing Resource Sharing Lending Requests lists
/// "Move request in process", ...). The lending workflow's own step writes it when the child starts and when the
/// child's end resumes it, so the alert changes in the same transaction as the child.
/// </summary>
public sealed class LendingAlert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public LinkedRequestKind Kind { get; set; }
    public LinkedRequestState State { get; set; }

    /// <summary>The child workflow instance; its end resumes the lending workflow with this key.</summary>
    public Guid ChildInstanceId { get; set; }

    /// <summary>The move or digitization request the child works on.</summary>
    public Guid LinkedRequestId { get; set; }
    public bool Dismissed { get; set; }
    public DateTime UpdatedAt { get; set; }

    public string Message => MessageOf(Kind, State);

    public static string MessageOf(LinkedRequestKind kind, LinkedRequestState state) =>
        $"{EnumNames<LinkedRequestKind>.Of(kind)} {EnumNames<LinkedRequestState>.Of(state)}";

    /// <summary>Every message an alert can show, for the list's alert facet.</summary>
    public static IEnumerable<(LinkedRequestKind Kind, LinkedRequestState State, string Message)> All =>
        from kind in Enum.GetValues<LinkedRequestKind>()
        from state in Enum.GetValues<LinkedRequestState>()
        select (kind, state, MessageOf(kind, state));
}
