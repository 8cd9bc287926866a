using System.Diagnostics;
using Bench.Measurements.Http;

namespace Bench.Measurements;

/// <summary>
/// The digitization path through the real HTTP pipeline: the built service as a child process on a loopback
/// socket, its SQLite file as it ships (WAL, synchronous FULL), mail to a real SMTP server in this process. One
/// service process and database serve all levels: it is warmed up once until tiered JIT has settled
/// (<see cref="JitWarmUp"/>), which takes tens of seconds of load or more and would not fit three times into a run; each level then warms up briefly at its
/// own concurrency before its timed run. Then the request kinds' CPU, phase by phase (<see cref="PhasedLifecycles"/>),
/// at concurrency 1 and 8, and the idle service's CPU. Every CPU figure is the service process's own CPU time; a
/// lifecycle's mail is counted with it (<see cref="ServiceCpuMeter"/>). With <c>--postgres</c>, the same again with
/// the service on a PostgreSQL database of its own (figures prefixed <c>pg_</c>).
/// </summary>
public static class HttpLifecycles
{
    private static readonly int[] Concurrencies = [1, 8, 64];
    private static readonly int[] PhaseConcurrencies = [1, 8];
    private const int WarmUpConcurrency = 8;

    /// <summary>How long the service may take to settle its JIT (<see cref="JitWarmUp"/>) before the levels run anyway.</summary>
    private static TimeSpan WarmUpBound(BenchOptions options) => options.Quick ? TimeSpan.FromSeconds(90) : TimeSpan.FromMinutes(5);

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
        var calls = new DigitizationCalls(client, scannedFile);
        var lifecycle = new DigitizationLifecycle(calls);
        var cpu = new ServiceCpuMeter(service, mailbox);
        Console.WriteLine($"  service process {service.Id} on {service.Address} (dotnet-counters can attach to it)");

        var warmUp = await new JitWarmUp(new LifecycleLoad(lifecycle, WarmUpConcurrency), service.Id).RunAsync(WarmUpBound(options));
        if (warmUp.Completed == 0)
            throw new InvalidOperationException($"No lifecycle completed while warming up: {warmUp.FirstFailure}{Environment.NewLine}{service.LastLines}");
        report.Add($"{prefix}http_warm_up_s", warmUp.Elapsed.TotalSeconds, "s",
            $"at concurrency {WarmUpConcurrency} until under 1 method JIT-compiled a lifecycle: {warmUp.LastMethodsJittedPerLifecycle:F1} in the last slice, " +
            $"at {warmUp.LastLifecyclesPerSecond:F1} lifecycles/s; {warmUp.Failed} failed");
        cpu.Owe(warmUp.Completed);

        // The counters' session costs the service CPU of its own, which the idle figure with it on tells; the request
        // kinds and the idle figure are measured without it.
        await using (var counters = RuntimeCounters.Start(service.Id))
        {
            foreach (var concurrency in Concurrencies)
                await MeasureAsync(options, report, prefix, new LifecycleLoad(lifecycle, concurrency), concurrency, cpu, mailbox, counters);
        }
        foreach (var concurrency in PhaseConcurrencies)
            await MeasurePhasesAsync(options, report, prefix, new PhasedLifecycles(calls, cpu, concurrency), concurrency);
        await MeasureIdleAsync(options, report, $"{prefix}service_cpu_ms_per_s_idle", cpu);
        await using (RuntimeCounters.Start(service.Id))
            await MeasureIdleAsync(options, report, $"{prefix}service_cpu_ms_per_s_idle_with_counters", cpu);
    }

    /// <summary>Runs one level and reports it.</summary>
    private static async Task MeasureAsync(BenchOptions options, Report report, string prefix, LifecycleLoad load, int concurrency,
        ServiceCpuMeter cpu, MailCounter mailbox, RuntimeCounters counters)
    {
        // Connections, threads and the pools grow to the new concurrency first; their mail is sent before the window opens.
        var warmUp = await load.RunAsync($"warm-c{concurrency}", options.Duration / 4);
        cpu.Owe(warmUp.Completed);
        var (start, _) = await cpu.OnceMailArrivedAsync();
        var countersStart = counters.Totals;
        var window = Stopwatch.StartNew();
        var benchStart = Process.GetCurrentProcess().TotalProcessorTime;

        var run = await load.RunAsync($"run-c{concurrency}", options.Duration);
        var cores = (Service: (cpu.Now - start) / run.Elapsed,
            Bench: (Process.GetCurrentProcess().TotalProcessorTime - benchStart) / run.Elapsed);
        cpu.Owe(run.Completed);
        var (end, mailLag) = await cpu.OnceMailArrivedAsync();
        var spent = counters.Totals - countersStart;
        window.Stop();

        var c = $"c{concurrency}";
        string Figure(string name) => $"{prefix}http_{name}_{c}";
        report.Add(Figure("lifecycles_per_s"), run.LifecyclesPerSecond, "lifecycles/s",
            $"{run.Completed} in {run.Elapsed.TotalSeconds:F1} s with {concurrency} worker(s)");
        report.Add(Figure("scan_p50_ms"), run.ScanIns.Percentile(50), "ms", "scan-in trigger, sent to answer read");
        report.Add(Figure("scan_p95_ms"), run.ScanIns.Percentile(95), "ms");
        report.Add(Figure("scan_p99_ms"), run.ScanIns.Percentile(99), "ms");
        report.Add(Figure("failed"), warmUp.Failed + run.Failed, "lifecycles", run.FirstFailure ?? warmUp.FirstFailure ?? "");
        report.Add(Figure("mails_missing"), cpu.MailsOwed - mailbox.WithFile, "mails",
            $"{mailbox.WithFile} of {cpu.MailsOwed} so far arrived with the file ({mailbox.WithoutFile} without), the last {mailLag.TotalSeconds:F1} s after the run");
        report.Add(Figure("service_cpu_cores"), cores.Service, "cores", $"of {Environment.ProcessorCount} while the run lasted; bench process (client, SMTP) {cores.Bench:F2}");
        report.Add($"{prefix}service_cpu_ms_per_lifecycle_{c}", (end - start).TotalMilliseconds / run.Completed, "ms",
            "service CPU from the run's start until its last mail had arrived, per lifecycle");
        report.Add($"{prefix}service_alloc_kb_per_lifecycle_{c}", spent.AllocatedBytes / 1024 / run.Completed, "KB", "allocated, over the same window");
        report.Add($"{prefix}service_jit_methods_per_lifecycle_{c}", spent.MethodsJitted / run.Completed, "methods", "JIT-compiled, over the same window");
        report.Add($"{prefix}service_gen2_per_s_{c}", spent.Gen2Collections / window.Elapsed.TotalSeconds, "collections/s",
            $"{spent.Gen2Collections:F0} in {window.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Runs N lifecycles one request kind at a time and reports each kind's CPU per call.</summary>
    private static async Task MeasurePhasesAsync(BenchOptions options, Report report, string prefix, PhasedLifecycles phased, int concurrency)
    {
        var lifecycles = options.Quick ? 200 : 500;
        var phases = await phased.RunAsync($"phases-c{concurrency}", lifecycles);
        foreach (var phase in phases)
            report.Add($"{prefix}service_cpu_ms_{phase.Kind}_c{concurrency}", phase.CpuMsPerCall, "ms",
                $"{(phase.Note is { Length: > 0 } note ? note : $"per call, {phase.Succeeded} calls at concurrency {concurrency}")}; {phase.Cores:F2} cores over {phase.Elapsed.TotalSeconds:F1} s");
        report.Add($"{prefix}http_phases_failed_c{concurrency}", phases.Sum(p => p.Failed), "calls",
            phases.Select(p => p.FirstFailure).FirstOrDefault(f => f is not null) ?? "");
    }

    /// <summary>The service's CPU with no load and no mail owed, after a quiet second.</summary>
    private static async Task MeasureIdleAsync(BenchOptions options, Report report, string figure, ServiceCpuMeter cpu)
    {
        await cpu.OnceMailArrivedAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var window = options.Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(10);
        var before = cpu.Now;
        await Task.Delay(window);
        report.Add(figure, (cpu.Now - before).TotalMilliseconds / window.TotalSeconds, "ms/s",
            $"over {window.TotalSeconds:F0} s with no request and no mail owed");
    }
}
