namespace Bench;

/// <summary>Latency samples in milliseconds, safe to add to from several workers.</summary>
public sealed class Latencies
{
    private readonly List<double> _samples = [];

    public void Add(TimeSpan elapsed)
    {
        lock (_samples) _samples.Add(elapsed.TotalMilliseconds);
    }

    public int Count
    {
        get { lock (_samples) return _samples.Count; }
    }

    /// <summary>The nearest-rank percentile, e.g. 99 for p99.</summary>
    public double Percentile(double p)
    {
        lock (_samples)
        {
            if (_samples.Count == 0) return double.NaN;
            var sorted = _samples.Order().ToArray();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
        }
    }
}
