using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>
/// The two lists of Alma's lending task list (Alma: Managing Resource Sharing Lending Requests): the active requests
/// staff still work on, and the completed ones: Request Completed, and those closed without supply
/// (<see cref="LendingRequest.Active"/> false), which leaves a rejection the institution keeps active
/// (<see cref="KeepRejectedRequestActive"/>) in the active list.
/// </summary>
public enum LendingQueue
{
    [JsonStringEnumMemberName("active")] Active,
    [JsonStringEnumMemberName("completed")] Completed,
}
