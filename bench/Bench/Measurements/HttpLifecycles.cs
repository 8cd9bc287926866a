using System.Diagnostics;
using Bench.Measurements.Http;

namespace Bench.Measurements;

/// <summary>
/// The digitization path through the real HTTP pipeline: the built service as a child process on a loopback
/// socket, its SQLite file as it ships (WAL, synchronous FULL), mail to a real SMTP server in this process. One
/// service process and database serve all levels: it is warmed up once until tiered JIT has settled, which takes
/// tens of seconds of load and would not fit three times into a quick run; each level then warms up briefly at its
/// own concurrency before its timed run. With <c>--postgres</c>, the same again with the service on a PostgreSQL
/// database of its own (figures prefixed <c>pg_</c>).
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
        await RunAsync(options, report, ServiceDatabase.Sqlite(options.NewDatabase("http")), "");
        if (options.PostgresServer is not { } server) return;

        await using var database = await PostgresDatabase.CreateAsync(server, "http");
        try
        {
            await RunAsync(options, report, ServiceDatabase.Postgres(database.ConnectionString), "pg_");
        }
        catch (ServiceDidNotStartException e)
        {
            // The service's PostgreSQL support comes separately; until it is there, the SQLite figures stand alone.
            Console.WriteLine("  PostgreSQL: the service did not start on PostgreSQL, so the pg_http figures are skipped. It said:");
            Console.WriteLine(string.Join(Environment.NewLine, e.Message.Split('\n').Select(line => "    " + line.TrimEnd())));
        }
    }

    /// <param name="prefix">Goes before every figure's name, telling which database the service ran on.</param>
    private static async Task RunAsync(BenchOptions options, Report report, ServiceDatabase database, string prefix)
    {
        var scannedFile = new byte[100 * 1024];
        new Random(4).NextBytes(scannedFile);
        await using var mailbox = MailCounter.Start(minimumSize: scannedFile.Length);
        await using var service = await ServiceProcess.StartAsync(database, Path.Combine(options.WorkFolder, $"{prefix}http-files"), mailbox.Port);
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
            sent += await MeasureAsync(options, report, prefix, new LifecycleLoad(lifecycle, concurrency), concurrency, service, mailbox, sent);
    }

    /// <summary>Runs one level and reports it; returns the lifecycles it completed, each of which owes a mail.</summary>
    private static async Task<int> MeasureAsync(BenchOptions options, Report report, string prefix, LifecycleLoad load, int concurrency,
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
        string Figure(string name) => $"{prefix}http_{name}_{c}";
        report.Add(Figure("lifecycles_per_s"), run.LifecyclesPerSecond, "lifecycles/s",
            $"{run.Completed} in {run.Elapsed.TotalSeconds:F1} s with {concurrency} worker(s)");
        report.Add(Figure("scan_p50_ms"), run.ScanIns.Percentile(50), "ms", "scan-in trigger, sent to answer read");
        report.Add(Figure("scan_p95_ms"), run.ScanIns.Percentile(95), "ms");
        report.Add(Figure("scan_p99_ms"), run.ScanIns.Percentile(99), "ms");
        report.Add(Figure("failed"), warmUp.Failed + run.Failed, "lifecycles", run.FirstFailure ?? warmUp.FirstFailure ?? "");
        report.Add(Figure("mails_missing"), sent - mailbox.WithFile, "mails",
            $"{mailbox.WithFile} of {sent} so far arrived with the file ({mailbox.WithoutFile} without), the last {mailLag.TotalSeconds:F1} s after the run");
        report.Add(Figure("service_cpu_cores"), cores.Service, "cores", $"of {Environment.ProcessorCount}; bench process (client, SMTP) {cores.Bench:F2}");
        return warmUp.Completed + run.Completed;
    }
}
