namespace Bench.Measurements;

public static class WorkflowCorePeer
{
    public static Task RunAsync(BenchOptions options, Report report) => throw new NotImplementedException("helper fills this in");
}
