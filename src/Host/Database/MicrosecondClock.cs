namespace Library.Host.Database;

/// <summary>
/// The system clock cut to whole microseconds, the finest time PostgreSQL keeps: a time the service answers with
/// when it creates a record is then the time it reads back later, on either engine.
/// </summary>
public sealed class MicrosecondClock : TimeProvider
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TicksPerMicrosecond));
    }
}
