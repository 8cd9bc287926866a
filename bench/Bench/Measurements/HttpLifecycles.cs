namespace Bench.Measurements;

public static class HttpLifecycles
{
    public static Task RunAsync(BenchOptions options, Report report) => throw new NotImplementedException("helper fills this in");
}
