using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Crash;

/// <summary>
/// The crash run's rule for a kept step: a read is held to the steps acknowledged before it was sent, not to one
/// whose answer arrived while it was under way (a run once reported such a step as lost: the check after a restart read
/// the request while the first scan of the new host was committing).
/// </summary>
public sealed class AcknowledgementsTests
{
    private static readonly Guid Request = Guid.NewGuid();
    private static readonly Guid Instance = Guid.NewGuid();
    private static readonly DateTime Noon = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyList<HistoryView> Waiting = [Step(1, "start", "Done"), Step(2, "scan-in", "Waiting")];
    private static readonly IReadOnlyList<HistoryView> Scanned = [.. Waiting, Step(3, "scan-in", "Arrived")];

    [Fact]
    public void A_step_answered_while_the_read_was_under_way_is_not_held_against_it()
    {
        var acknowledged = new Acknowledgements();
        acknowledged.Record(Answer(Waiting, Noon), life: 1);
        acknowledged.Record(Answer(Scanned, Noon.AddSeconds(2)), life: 1);

        Assert.Null(acknowledged.Missing(Request, sent: Noon.AddSeconds(1), Instance, Waiting));
        Assert.Equal(1, acknowledged.Overlapped);
    }

    [Fact]
    public void A_step_answered_before_the_read_was_sent_and_missing_from_it_is_lost()
    {
        var acknowledged = new Acknowledgements();
        acknowledged.Record(Answer(Scanned, Noon), life: 1);
        acknowledged.Record(Answer(Waiting, Noon.AddSeconds(1)), life: 2);

        var missing = acknowledged.Missing(Request, sent: Noon.AddSeconds(2), Instance, Waiting);

        Assert.NotNull(missing);
        Assert.Equal(0, acknowledged.Overlapped);
        Assert.Contains("3 steps acknowledged, 2 kept; missing #3 scan-in/Arrived", missing);
    }

    private static Acknowledgement Answer(IReadOnlyList<HistoryView> history, DateTime at) =>
        new(Request, Instance, history, "host-1", "POST /api/scan-stations/scan-1/scans", at);

    private static HistoryView Step(int sequence, string activity, string outcome) =>
        new(sequence, Noon, "scan-station:scan-1", activity, "Activity", outcome, null);
}
