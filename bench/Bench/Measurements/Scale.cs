namespace Bench.Measurements;

public static class Scale
{
    public static Task RunAsync(BenchOptions options, Report report) => throw new NotImplementedException();
}
