using System.Text.Json.Serialization;

namespace Library.Moves;

/// <summary>A move request's status, as Alma names it.</summary>
public enum MoveStatus
{
    /// <summary>A general hold request waiting for staff to find the issue its manual description names.</summary>
    [JsonStringEnumMemberName("Not Started")] NotStarted,
    [JsonStringEnumMemberName("In Transit")] InTransit,
    [JsonStringEnumMemberName("Completed")] Completed,
    [JsonStringEnumMemberName("Cancelled")] Cancelled,
}

public static class MoveStatuses
{
    public static string DisplayName(this MoveStatus status) => EnumNames<MoveStatus>.Of(status);

    public static bool IsClosed(this MoveStatus status) => status is MoveStatus.Completed or MoveStatus.Cancelled;
}
