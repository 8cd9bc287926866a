using System.Diagnostics;
using Bench.Measurements.Http;

namespace Bench.Measurements;

/// <summary>
/// The digitization path through the real HTTP pipeline: the built service as a child process on a loopback
/// socket, its SQLite file as it ships (WAL, synchronous FULL), mail to a real SMTP server in this process. One
/// service process and database serve all levels: it is warmed up once until tiered JIT has settled, which takes
/// tens of seconds of load and would not fit three times into a quick run; each level then warms up briefly at its
/// own concurrency before its timed run.
/// </summary>
public static class HttpLifecycles
{
    private static readonly int[] Concurrencies = [1, 8, 64];
    private const int WarmUpConcurrency = 8;
    private static readonly TimeSpan MailBound = TimeSpan.FromSeconds(60);

    /// <summary>Tiered JIT settles after some 30 s of this load: the rate climbs from ~5 to ~20 lifecycles/s on two cores.</summary>
    private static TimeSpan JitWarmUp(BenchOptions options) => options.Quick ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(45);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var scannedFile = new byte[100 * 1024];
        new Random(4).NextBytes(scannedFile);
        await using var mailbox = MailCounter.Start(minimumSize: scannedFile.Length);
        await using var service = await ServiceProcess.StartAsync(options.NewDatabase("http"), Path.Combine(options.WorkFolder, "http-files"), mailbox.Port);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrencies.Max() })
        {
            BaseAddress = service.Address,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await service.SignInAsync()) },
        };
        var lifecycle = new DigitizationLifecycle(client, scannedFile);
        Console.WriteLine($"  service process {service.Id} on {service.Address} (dotnet-counters can attach to it)");

        var warmUp = await new LifecycleLoad(lifecycle, WarmUpConcurrency).RunAsync("warm-up", JitWarmUp(options));
        if (warmUp.Completed == 0)
            throw new InvalidOperationException($"No lifecycle completed while warming up: {warmUp.FirstFailure}{Environment.NewLine}{service.LastLines}");
        Console.WriteLine($"  warm-up: {warmUp.LifecyclesPerSecond:F1} lifecycles/s at concurrency {WarmUpConcurrency}, {warmUp.Failed} failed");

        var sent = warmUp.Completed;
        foreach (var concurrency in Concurrencies)
            sent += await MeasureAsync(options, report, new LifecycleLoad(lifecycle, concurrency), concurrency, service, mailbox, sent);
    }

    /// <summary>Runs one level and reports it; returns the lifecycles it completed, each of which owes a mail.</summary>
    private static async Task<int> MeasureAsync(BenchOptions options, Report report, LifecycleLoad load, int concurrency,
        ServiceProcess service, MailCounter mailbox, int sentBefore)
    {
        // Connections, threads and the pools grow to the new concurrency first.
        var warmUp = await load.RunAsync($"warm-c{concurrency}", options.Duration / 4);
        var cpuBefore = (Service: service.CpuTime, Bench: Process.GetCurrentProcess().TotalProcessorTime);
        var run = await load.RunAsync($"run-c{concurrency}", options.Duration);
        var cores = (Service: (service.CpuTime - cpuBefore.Service) / run.Elapsed,
            Bench: (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore.Bench) / run.Elapsed);

        var sent = sentBefore + warmUp.Completed + run.Completed;
        var mailWait = Stopwatch.StartNew();
        await mailbox.WaitForAsync(sent, MailBound);
        var mailLag = mailWait.Elapsed;

        var c = $"c{concurrency}";
        report.Add($"http_lifecycles_per_s_{c}", run.LifecyclesPerSecond, "lifecycles/s",
            $"{run.Completed} in {run.Elapsed.TotalSeconds:F1} s with {concurrency} worker(s)");
        report.Add($"http_scan_p50_ms_{c}", run.ScanIns.Percentile(50), "ms", "scan-in trigger, sent to answer read");
        report.Add($"http_scan_p95_ms_{c}", run.ScanIns.Percentile(95), "ms");
        report.Add($"http_scan_p99_ms_{c}", run.ScanIns.Percentile(99), "ms");
        report.Add($"http_failed_{c}", warmUp.Failed + run.Failed, "lifecycles", run.FirstFailure ?? warmUp.FirstFailure ?? "");
        report.Add($"http_mails_missing_{c}", sent - mailbox.WithFile, "mails",
            $"{mailbox.WithFile} of {sent} so far arrived with the file ({mailbox.WithoutFile} without), the last {mailLag.TotalSeconds:F1} s after the run");
        report.Add($"http_service_cpu_cores_{c}", cores.Service, "cores", $"of {Environment.ProcessorCount}; bench process (client, SMTP) {cores.Bench:F2}");
        return warmUp.Completed + run.Completed;
    }
}
