namespace Workflows.Http;

/// <summary>
/// Where a unit of work leaves the answer for the HTTP caller it runs for, one per scope: the host writes it once the
/// unit has committed, so a caller is never told of a step that rolled back. The last answer written wins; in a scope
/// with no HTTP caller (a timer) nobody reads it.
/// </summary>
public sealed class HttpAnswerSlot
{
    public HttpAnswer? Answer { get; set; }
}
