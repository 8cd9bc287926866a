using System.Text.Json.Serialization;

namespace Workflows.Persistence;

/// <summary>
/// Where an instance stands. The JSON names are spelled out so that lists filtering by status name the values they write;
/// they are Elsa 3's (its sub-statuses), so an instance that ran to its end is "finished".
/// </summary>
public enum WorkflowStatus
{
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("suspended")] Suspended,
    [JsonStringEnumMemberName("finished")] Finished,
    [JsonStringEnumMemberName("cancelled")] Cancelled,

    /// <summary>A step failed: it was rolled back, and the instance waits for a retry (or a resumption of the same bookmark).</summary>
    [JsonStringEnumMemberName("faulted")] Faulted,
}
