namespace Workflows.Definitions;

/// <summary>A wait that code outside the definition resumes by its bookmark name; <see cref="ResumedBy"/> says what does, for messages.</summary>
public sealed record RequiredWait(string BookmarkName, string ResumedBy);
