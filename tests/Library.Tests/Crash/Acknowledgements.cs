using System.Collections.Concurrent;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Crash;

/// <summary>
/// Every step the service acknowledged, as the history its answer showed. A step kept is one whose history, read
/// later, still begins with what was acknowledged: nothing acknowledged is missing or changed, whatever came since.
/// A read is held only to the answers that had arrived before it was sent: the clients go on working while the run
/// reads, and a step committed while a read was under way may or may not be in it.
/// </summary>
public sealed class Acknowledgements
{
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<(Acknowledgement Step, int Life)>> _steps = new();
    private int _count;
    private int _overlapped;

    /// <summary>Steps acknowledged so far.</summary>
    public int Count => _count;

    /// <summary>Reads that lacked a step whose answer arrived while they were under way: the race the rule allows for.</summary>
    public int Overlapped => _overlapped;

    /// <summary>The requests with at least one acknowledged step.</summary>
    public IReadOnlyCollection<Guid> Requests => [.. _steps.Keys];

    /// <summary>Keeps the step; <paramref name="life"/> counts the host's starts, so a finding says which life promised it.</summary>
    public void Record(Acknowledgement step, int life)
    {
        Interlocked.Increment(ref _count);
        _steps.GetOrAdd(step.Request, _ => new ConcurrentQueue<(Acknowledgement, int)>()).Enqueue((step, life));
    }

    /// <summary>
    /// What the request as read by a call sent at <paramref name="sent"/> (its <paramref name="instance"/> and history
    /// <paramref name="now"/>) lacks of the steps acknowledged before then, with the answer that acknowledged them; null
    /// when it keeps them all. Answers to one request's steps may arrive out of order, so each is held to it.
    /// </summary>
    public string? Missing(Guid request, DateTime sent, Guid? instance, IReadOnlyList<HistoryView> now)
    {
        if (!_steps.TryGetValue(request, out var steps)) return null;
        if (steps.Any(s => s.Step.At >= sent && Lost(s.Step.History, now) is not null)) Interlocked.Increment(ref _overlapped);
        foreach (var (acknowledged, life) in steps.Where(s => s.Step.At < sent).OrderByDescending(s => s.Step.History.Count))
        {
            if (Lost(acknowledged.History, now) is not { } lost) continue;
            var instances = acknowledged.Instance == instance ? $"instance {instance}" : $"acknowledged on instance {acknowledged.Instance}, read now on {instance}";
            return $"{request}: {lost} ({instances}; acknowledged by {acknowledged.Host} in life {life} at {acknowledged.At:HH:mm:ss.fff} " +
                   $"answering {acknowledged.Call}; read sent at {sent:HH:mm:ss.fff})";
        }
        return null;
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
