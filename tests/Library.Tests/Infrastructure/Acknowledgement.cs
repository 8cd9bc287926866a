using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>
/// A step the service acknowledged: the request and the workflow instance its answer showed, the history it showed,
/// and which call on which host answered when, so a step lost later can be traced to the answer that promised it.
/// </summary>
public sealed record Acknowledgement(Guid Request, Guid? Instance, IReadOnlyList<HistoryView> History, string Host, string Call, DateTime At);
