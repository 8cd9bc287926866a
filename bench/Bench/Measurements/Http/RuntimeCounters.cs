using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Bench.Measurements.Http;

/// <summary>Totals of the service's runtime counters at one moment.</summary>
public readonly record struct CounterTotals(double AllocatedBytes, double Gen2Collections, double MethodsJitted)
{
    public static CounterTotals operator -(CounterTotals end, CounterTotals start) =>
        new(end.AllocatedBytes - start.AllocatedBytes, end.Gen2Collections - start.Gen2Collections, end.MethodsJitted - start.MethodsJitted);
}

/// <summary>
/// The service's "System.Runtime" event counters, read over an EventPipe session as dotnet-counters reads them, and
/// added up as they arrive: bytes allocated, gen-2 collections, methods JIT-compiled. They come every
/// <see cref="Interval"/>, so a reading is as late as that, at both ends of a window alike.
/// </summary>
public sealed class RuntimeCounters : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _reading;
    private readonly Lock _lock = new();
    private CounterTotals _totals;

    private RuntimeCounters(int processId)
    {
        var arguments = new Dictionary<string, string> { ["EventCounterIntervalSec"] = Interval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        _session = new DiagnosticsClient(processId).StartEventPipeSession(
            [new EventPipeProvider("System.Runtime", EventLevel.Informational, 0, arguments)], requestRundown: false);
        _source = new EventPipeEventSource(_session.EventStream);
        _source.Dynamic.All += Add;
        _reading = Task.Run(_source.Process);
    }

    public static RuntimeCounters Start(int processId) => new(processId);

    public CounterTotals Totals
    {
        get { lock (_lock) return _totals; }
    }

    private void Add(TraceEvent e)
    {
        if (e.EventName != "EventCounters") return;
        var counter = (IDictionary<string, object>)((IDictionary<string, object>)e.PayloadValue(0))["Payload"];
        double Increment() => Convert.ToDouble(counter["Increment"]);
        lock (_lock)
        {
            _totals = (string)counter["Name"] switch
            {
                "alloc-rate" => _totals with { AllocatedBytes = _totals.AllocatedBytes + Increment() },
                "gen-2-gc-count" => _totals with { Gen2Collections = _totals.Gen2Collections + Increment() },
                // A polling counter: its mean is the count so far.
                "methods-jitted-count" => _totals with { MethodsJitted = Convert.ToDouble(counter["Mean"]) },
                _ => _totals,
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _session.Stop();
        }
        catch (ServerNotAvailableException)
        {
            // The service has already stopped, which ends the session too.
        }
        await _reading;
        _source.Dispose();
        _session.Dispose();
    }
}
