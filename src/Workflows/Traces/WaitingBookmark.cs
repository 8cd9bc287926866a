namespace Workflows.Traces;

/// <summary>An open waiting point of an instance: the activity waiting, and the bookmark that resumes it; <see cref="DueAt"/> marks a timer.</summary>
public sealed record WaitingBookmark(Guid InstanceId, string ActivityId, string Name, string Key, DateTime? DueAt);
