namespace Bench.Measurements;

public static class RuntimeForkJoin
{
    public static Task RunAsync(BenchOptions options, Report report) => throw new NotImplementedException();
}
