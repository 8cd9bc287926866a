using System.Text.Json.Serialization;

namespace Library.Lending;

public enum LinkedRequestState
{
    [JsonStringEnumMemberName("in process")] InProcess,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
    [JsonStringEnumMemberName("completed")] Completed,
}
