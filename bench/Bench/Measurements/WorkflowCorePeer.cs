using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace Bench.Measurements;

/// <summary>
/// The peer: the same fork/join (two branches, each waiting for its own event, joined before a final step) on
/// WorkflowCore 3.22.0 with its default in-memory persistence and its default hosting. A batch of instances is
/// started and both events are published for each; the rate counts from the first start to the last final step.
/// A probe then times single instances, from publishing both events to completion, with nothing else running.
/// </summary>
public static class WorkflowCorePeer
{
    private const string Approved = "approved", Cleared = "cleared";
    private const int WarmUpInstances = 500, LatencyProbes = 100;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var timeout = options.Duration * 6;
        double warmUpRate;
        // The warm-up has its own host, so the measured batch starts on an empty store.
        await using (var warmUp = Peer.Start())
            warmUpRate = (await RunBatchAsync(warmUp, WarmUpInstances, timeout)).Rate;

        await using var peer = Peer.Start();
        var count = Math.Max(WarmUpInstances, (int)(warmUpRate * options.Duration.TotalSeconds));
        var batch = await RunBatchAsync(peer, count, timeout);
        report.Add("workflowcore_forkjoin_instances_per_s", batch.Rate, "instances/s",
            batch.Completed == count ? $"{count} instances, in memory" : $"timed out: {batch.Completed} of {count} completed");

        var latencies = new Latencies();
        for (var i = 0; i < LatencyProbes; i++)
        {
            var key = await peer.StartAsync();
            var watch = Stopwatch.StartNew();
            while (!await peer.IsWaitingAsync(key))
            {
                if (watch.Elapsed > timeout) throw new TimeoutException($"WorkflowCore: instance not waiting after {timeout.TotalSeconds} s");
                await Task.Delay(1);
            }
            watch.Restart();
            await peer.PublishBothAsync(key);
            await peer.Workflow.Completion(key).WaitAsync(timeout);
            latencies.Add(watch.Elapsed);
        }
        report.Add("workflowcore_event_p50_ms", latencies.Percentile(50), "ms", "both events published → completed, one instance at a time");
        report.Add("workflowcore_event_p99_ms", latencies.Percentile(99), "ms");
    }

    private static async Task<(double Rate, int Completed)> RunBatchAsync(Peer peer, int count, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var keys = new string[count];
        for (var i = 0; i < count; i++) keys[i] = await peer.StartAsync();

        // Most events arrive before their instance subscribes: WaitFor takes events published before it (its effective
        // date defaults to the earliest), so they are kept and delivered when it subscribes. Waiting for every instance
        // to subscribe first made no measurable difference, and costs a scan of the whole store per instance.
        foreach (var key in keys) await peer.PublishBothAsync(key);
        var completions = keys.Select(peer.Workflow.Completion).ToArray();
        await Task.WhenAny(Task.WhenAll(completions), Task.Delay(timeout));
        var completed = completions.Count(c => c.IsCompleted);
        return (completed / watch.Elapsed.TotalSeconds, completed);
    }

    /// <summary>WorkflowCore's default hosting and in-memory store, with the fork/join registered.</summary>
    private sealed class Peer(ServiceProvider provider, IWorkflowHost host, ForkJoinWorkflow workflow) : IAsyncDisposable
    {
        public ForkJoinWorkflow Workflow => workflow;

        public static Peer Start()
        {
            var provider = new ServiceCollection().AddLogging().AddWorkflow(o =>
            {
                // When both events of an instance are consumed at once, the one that loses the instance's lock is retried
                // only by the poller: 100 ms instead of the default 10 s (10 ms was slower, each poll scans the whole store; 1 s no faster).
                o.UsePollInterval(TimeSpan.FromMilliseconds(100));
                // The pause of a full consumer, and of a subscription waiting for a locked event (default 100 ms).
                o.UseIdleTime(TimeSpan.FromMilliseconds(1));
                o.UseMaxConcurrentWorkflows(64); // default: max(cores, 4)
                // Nothing reads lifecycle events or a search index here, so they are not produced.
                o.EnableLifeCycleEventsPublisher = false;
                o.EnableIndexes = false;
            }).BuildServiceProvider();
            var host = provider.GetRequiredService<IWorkflowHost>();
            var workflow = new ForkJoinWorkflow();
            host.Registry.RegisterWorkflow(workflow);
            host.Start();
            return new Peer(provider, host, workflow);
        }

        public async Task<string> StartAsync()
        {
            var key = Guid.NewGuid().ToString("N");
            await host.StartWorkflow(ForkJoinWorkflow.Name, new ForkJoinData { Key = key });
            return key;
        }

        public async Task PublishBothAsync(string key)
        {
            await host.PublishEvent(Approved, key, null);
            await host.PublishEvent(Cleared, key, null);
        }

        public async Task<bool> IsWaitingAsync(string key) =>
            await host.PersistenceStore.GetFirstOpenSubscription(Approved, key, DateTime.UtcNow) is not null
            && await host.PersistenceStore.GetFirstOpenSubscription(Cleared, key, DateTime.UtcNow) is not null;

        public async ValueTask DisposeAsync()
        {
            host.Stop();
            await provider.DisposeAsync();
        }
    }

    private sealed class ForkJoinData
    {
        public string Key { get; set; } = "";
    }

    /// <summary>start → (wait for approved ∥ wait for cleared) → join → end, which completes the instance's task.</summary>
    private sealed class ForkJoinWorkflow : IWorkflow<ForkJoinData>
    {
        public const string Name = "bench-fork-join";
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _completions = new();

        public string Id => Name;
        public int Version => 1;

        public Task Completion(string key) => Completer(key).Task;

        public void Build(IWorkflowBuilder<ForkJoinData> builder) => builder
            .StartWith(_ => ExecutionResult.Next())
            .Parallel()
                .Do(branch => branch.WaitFor(Approved, data => data.Key))
                .Do(branch => branch.WaitFor(Cleared, data => data.Key))
            .Join()
            .Then(context =>
            {
                Completer(((ForkJoinData)context.Workflow.Data).Key).TrySetResult();
                return ExecutionResult.Next();
            });

        private TaskCompletionSource Completer(string key) =>
            _completions.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
