using System.Diagnostics;

namespace Bench.Measurements.Http;

/// <summary>What one phase of <see cref="PhasedLifecycles"/> came to: the service's CPU over it, and its calls.</summary>
public sealed record Phase(string Kind, TimeSpan Cpu, TimeSpan Elapsed, int Succeeded, int Failed, string? FirstFailure, string Note = "")
{
    public double CpuMsPerCall => Cpu.TotalMilliseconds / Succeeded;

    public double Cores => Cpu / Elapsed;
}

/// <summary>
/// N lifecycles run one request kind at a time: first N creates, then N scan-ins, N next steps, N attaches and N
/// dones, each phase at the given concurrency, with the service's CPU read before and after it, so each kind's
/// CPU stands on its own. A request whose call fails drops out of the later phases. The mail of the dones is a
/// phase of its own: from the end of the done phase until the last mail has arrived (what went out while the dones
/// ran is in the done phase).
/// </summary>
public sealed class PhasedLifecycles(DigitizationCalls calls, ServiceCpuMeter cpu, int concurrency)
{
    private static readonly (string Kind, Func<DigitizationCalls, Request, CancellationToken, Task> Call)[] Kinds =
    [
        ("create", async (calls, r, ct) => r.Id = await calls.CreateAsync(r.Barcode, ct)),
        ("scan", (calls, r, ct) => calls.ScanInAsync(r.Barcode, ct)),
        ("next_step", (calls, r, ct) => calls.NextStepAsync(r.Id, ct)),
        ("attach", (calls, r, ct) => calls.AttachAsync(r.Id, ct)),
        ("done", (calls, r, ct) => calls.DoneAsync(r.Id, ct)),
    ];

    /// <returns>One phase per kind, then the mail's, whose calls are the dones' mails (so done + mail is a done with its mail).</returns>
    public async Task<IReadOnlyList<Phase>> RunAsync(string barcodePrefix, int lifecycles)
    {
        var requests = Enumerable.Range(0, lifecycles).Select(n => new Request($"{barcodePrefix}-{n}")).ToList();
        var phases = new List<Phase>();
        foreach (var (kind, call) in Kinds)
        {
            var phase = await RunPhaseAsync(kind, requests, call);
            phases.Add(phase);
            requests.RemoveAll(r => r.Failed);
        }

        cpu.Owe(requests.Count);
        var mailStart = cpu.Now;
        var outstanding = cpu.MailsOutstanding;
        var watch = Stopwatch.StartNew();
        var (mailEnd, lag) = await cpu.OnceMailArrivedAsync();
        phases.Add(new Phase("mail", mailEnd - mailStart, watch.Elapsed, requests.Count, 0, null,
            $"{outstanding} of {requests.Count} mails had not arrived when the dones ended; the last {lag.TotalSeconds:F1} s later"));
        return phases;
    }

    private async Task<Phase> RunPhaseAsync(string kind, List<Request> requests, Func<DigitizationCalls, Request, CancellationToken, Task> call)
    {
        var next = -1;
        string? firstFailure = null;

        async Task WorkAsync()
        {
            for (var n = Interlocked.Increment(ref next); n < requests.Count; n = Interlocked.Increment(ref next))
            {
                try
                {
                    // The client's timeout bounds each call.
                    await call(calls, requests[n], CancellationToken.None);
                }
                catch (Exception e) when (DigitizationLifecycle.IsFailedCall(e))
                {
                    requests[n].Failed = true;
                    Interlocked.CompareExchange(ref firstFailure, $"{kind}: {e.Message}", null);
                }
            }
        }

        var before = cpu.Now;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)));
        var spent = cpu.Now - before;
        var failed = requests.Count(r => r.Failed);
        return new Phase(kind, spent, watch.Elapsed, requests.Count - failed, failed, firstFailure);
    }

    private sealed class Request(string barcode)
    {
        public string Barcode { get; } = barcode;
        public Guid Id { get; set; }
        public bool Failed { get; set; }
    }
}
