using System.Collections.Concurrent;
using Library.Host.Contracts;

namespace Library.Tests.Crash;

/// <summary>
/// Every step the service acknowledged, as the history its answer showed. A step kept is one whose history, read
/// later, still begins with what was acknowledged: nothing acknowledged is missing or changed, whatever came since.
/// </summary>
public sealed class Acknowledgements
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<HistoryView>> _latest = new();
    private int _count;

    /// <summary>Steps acknowledged so far.</summary>
    public int Count => _count;

    /// <summary>The requests with at least one acknowledged step.</summary>
    public IReadOnlyCollection<Guid> Requests => [.. _latest.Keys];

    /// <summary>Keeps the longer of the histories acknowledged for the request: answers to one request's steps may arrive out of order.</summary>
    public void Record(Guid request, IReadOnlyList<HistoryView> history)
    {
        Interlocked.Increment(ref _count);
        _latest.AddOrUpdate(request, history, (_, known) => history.Count >= known.Count ? history : known);
    }

    /// <summary>What <paramref name="now"/> lacks of the request's acknowledged history; null when it keeps it all.</summary>
    public string? Missing(Guid request, IReadOnlyList<HistoryView> now)
    {
        if (!_latest.TryGetValue(request, out var acknowledged)) return null;
        for (var i = 0; i < acknowledged.Count; i++)
        {
            if (i >= now.Count)
                return $"{request}: {acknowledged.Count} steps acknowledged, {now.Count} kept; missing {string.Join(", ", acknowledged.Skip(now.Count).Select(Step))}";
            if (!Same(acknowledged[i], now[i])) return $"{request}: step {i + 1} was acknowledged as {Step(acknowledged[i])}, is now {Step(now[i])}";
        }
        return null;
    }

    private static bool Same(HistoryView a, HistoryView b) =>
        (a.Sequence, a.Activity, a.Outcome, a.Actor, a.Note) == (b.Sequence, b.Activity, b.Outcome, b.Actor, b.Note);

    private static string Step(HistoryView step) => $"#{step.Sequence} {step.Activity}/{step.Outcome ?? "(halt)"} by {step.Actor}";
}
