using System.Collections.Concurrent;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Crash;

/// <summary>
/// Every step the service acknowledged, as the history its answer showed. A step kept is one whose history, read
/// later, still begins with what was acknowledged: nothing acknowledged is missing or changed, whatever came since.
/// </summary>
public sealed class Acknowledgements
{
    private readonly ConcurrentDictionary<Guid, (Acknowledgement Step, int Life)> _latest = new();
    private int _count;

    /// <summary>Steps acknowledged so far.</summary>
    public int Count => _count;

    /// <summary>The requests with at least one acknowledged step.</summary>
    public IReadOnlyCollection<Guid> Requests => [.. _latest.Keys];

    /// <summary>
    /// Keeps the longer of the histories acknowledged for the request: answers to one request's steps may arrive out of
    /// order. <paramref name="life"/> counts the host's starts, so a finding says which life promised the step.
    /// </summary>
    public void Record(Acknowledgement step, int life)
    {
        Interlocked.Increment(ref _count);
        _latest.AddOrUpdate(step.Request, (step, life), (_, known) => step.History.Count >= known.Step.History.Count ? (step, life) : known);
    }

    /// <summary>
    /// What the request as read now (<paramref name="instance"/> and <paramref name="now"/>) lacks of its acknowledged
    /// history, with the answer that acknowledged it; null when it keeps it all.
    /// </summary>
    public string? Missing(Guid request, Guid? instance, IReadOnlyList<HistoryView> now)
    {
        if (!_latest.TryGetValue(request, out var latest)) return null;
        var (acknowledged, life) = latest;
        var lost = Lost(acknowledged.History, now);
        if (lost is null) return null;
        var instances = acknowledged.Instance == instance ? $"instance {instance}" : $"acknowledged on instance {acknowledged.Instance}, read now on {instance}";
        return $"{request}: {lost} ({instances}; acknowledged by {acknowledged.Host} in life {life} at {acknowledged.At:HH:mm:ss.fff} answering {acknowledged.Call})";
    }

    private static string? Lost(IReadOnlyList<HistoryView> acknowledged, IReadOnlyList<HistoryView> now)
    {
        for (var i = 0; i < acknowledged.Count; i++)
        {
            if (i >= now.Count)
                return $"{acknowledged.Count} steps acknowledged, {now.Count} kept; missing {string.Join(", ", acknowledged.Skip(now.Count).Select(Step))}";
            if (!Same(acknowledged[i], now[i])) return $"step {i + 1} was acknowledged as {Step(acknowledged[i])}, is now {Step(now[i])}";
        }
        return null;
    }

    private static bool Same(HistoryView a, HistoryView b) =>
        (a.Sequence, a.Activity, a.Outcome, a.Actor, a.Note) == (b.Sequence, b.Activity, b.Outcome, b.Actor, b.Note);

    private static string Step(HistoryView step) => $"#{step.Sequence} {step.Activity}/{step.Outcome ?? "(halt)"} by {step.Actor} at {step.At:HH:mm:ss.ffffff}";
}
