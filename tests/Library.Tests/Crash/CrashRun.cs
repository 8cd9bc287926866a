using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.Crash;

/// <summary>
/// The built service as a process of its own on a real database (a SQLite file, or PostgreSQL when the suite runs
/// there), worked on by clients that place digitization requests and loans and take each to its end, while the process
/// is killed (SIGKILL) at random moments and started again. Then it checks what a durable service promises: every
/// acknowledged step kept, nothing stuck, every letter at the SMTP server (a copy only under the same Message-Id), no
/// file that no record names, and a sound database.
/// </summary>
public sealed class CrashRun
{
    /// <summary>Letters one host has in flight at once (<c>Smtp:Connections</c>): at most these are sent again after it dies.</summary>
    private const int LettersInFlight = 4;

    /// <summary>Every third lifecycle is a loan, the others digitization requests.</summary>
    private const int EveryLoan = 3;

    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(90);

    /// <summary>
    /// A short lease, so the letters a killed host had taken are sent again within the run (the default, 2 min, is
    /// for a host that is merely slow).
    /// </summary>
    /// <summary>The shortest grace the service allows before it removes a file no record names.</summary>
    private static readonly TimeSpan OrphanGrace = TimeSpan.FromMinutes(1);

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Smtp__Lease"] = "00:00:05",
        ["Storage__OrphanGrace"] = OrphanGrace.ToString(),
    };

    private readonly CrashPlan _plan;
    private readonly HostCluster _cluster;
    private readonly LibraryStaff _staff;
    private readonly LendingDesk _desk;
    private readonly ServiceDatabase _database;
    private readonly Acknowledgements _acknowledged = new();
    private readonly ConcurrentDictionary<Guid, bool> _loans = new();
    private readonly ConcurrentQueue<string> _findings = new();
    private readonly List<TimeSpan> _restarts = [];
    private int _placed;
    private int _digitized;
    private int _lent;
    private volatile bool _killing = true;

    private CrashRun(CrashPlan plan, HostCluster cluster, LibraryStaff staff, LendingDesk desk)
    {
        _plan = plan;
        _cluster = cluster;
        _staff = staff;
        _desk = desk;
        _database = new ServiceDatabase(cluster.ConnectionString);
        staff.Acknowledged += step => Acknowledge(step, loan: false);
        desk.Acknowledged += step => Acknowledge(step, loan: true);
    }

    public static async Task<CrashReport> RunAsync(CrashPlan plan, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await HostCluster.StartAsync(1, Settings);
        try
        {
            var (token, stationKey) = await SetUpAsync(cluster.Hosts[0]);
            using var hosts = new LoadBalancer(cluster.Hosts);
            var run = new CrashRun(plan, cluster, new LibraryStaff(hosts, token, "scan-1", stationKey), new LendingDesk(hosts, token));
            return await run.RunAsync(clock);
        }
        catch
        {
            log(cluster.Output);
            throw;
        }
    }

    private async Task<CrashReport> RunAsync(Stopwatch clock)
    {
        var clients = Enumerable.Range(1, _plan.Clients).Select(WorkAsync).ToList();
        await KillAndRestartAsync(new Random(_plan.Seed));
        await Task.WhenAll(clients);

        if (!await SettledAsync()) Find($"letters are still unsent {SettleBound.TotalSeconds} s after the work ended");
        await CheckAcknowledgedAsync("at the end");
        await CheckInstancesAsync();
        var (letters, sentAgain) = await CheckLettersAsync();
        var orphans = await CheckFilesAsync();
        await _cluster.Hosts[0].KillAsync();
        foreach (var problem in await _database.IntegrityProblemsAsync()) Find($"database integrity: {problem}");

        return new CrashReport(_restarts, _digitized, _lent, _acknowledged.Count, _acknowledged.Overlapped, _staff.Lost + _desk.Lost, _staff.Conflicts + _desk.Conflicts,
            letters, sentAgain, orphans, clock.Elapsed, [.. _findings]);
    }

    /// <summary>Signs in as the first administrator and registers the scan station.</summary>
    private static async Task<(string Token, string StationKey)> SetUpAsync(HostProcess host)
    {
        using var http = new HttpClient { BaseAddress = host.Address };
        var token = (string)(await (await http.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword))
            .ReadAsync<JsonObject>(HttpStatusCode.OK))["accessToken"]!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var station = await (await http.PostAsJsonAsync("/api/scan-stations", new { id = "scan-1", department = Api.Department }))
            .ReadAsync<ScanStationKey>(HttpStatusCode.Created);
        return (token, station.ApiKey);
    }

    /// <summary>A client takes one lifecycle after another to its end, until the kills are over.</summary>
    private async Task WorkAsync(int client)
    {
        try
        {
            while (_killing)
            {
                var n = Interlocked.Increment(ref _placed);
                if (n % EveryLoan == 0) await LendAsync(n);
                else await DigitizeAsync(n);
            }
        }
        catch (Exception e)
        {
            Find($"client {client} stopped: {e.Message}");
        }
    }

    private async Task DigitizeAsync(int n)
    {
        var request = Api.NewRequest($"77{n:D9}", $"reader-{n}@example.org");
        request["requester"] = new JsonObject { ["id"] = $"crash-{n}", ["email"] = $"reader-{n}@example.org", ["userGroup"] = "Undergraduate" };
        var (placed, _) = await _staff.PlaceAsync(request);
        var ended = await _staff.WorkOnAsync(placed);
        if (ended.Status == DigitizationStatus.Completed) Interlocked.Increment(ref _digitized);
        else Find($"digitization request {ended.Id} stopped at {ended.Status} ({ended.Workflow?.Status}, {ended.Workflow?.Fault})");
    }

    private async Task LendAsync(int n)
    {
        var request = LendingApi.NewLendingRequest();
        request["externalId"] = $"CRASH-{n:D6}";
        var ended = await _desk.LendAsync(await _desk.PlaceAsync(request));
        if (ended.Status == LendingStatus.RequestCompleted) Interlocked.Increment(ref _lent);
        else Find($"loan {ended.Id} stopped at {ended.Status} ({ended.Workflow?.Status}, {ended.Workflow?.Fault})");
    }

    /// <summary>
    /// Kills the host at random moments of its life and starts it again each time; checks the acknowledged steps after
    /// each restart.
    /// </summary>
    private async Task KillAndRestartAsync(Random random)
    {
        var host = _cluster.Hosts[0];
        for (var kill = 1; kill <= _plan.Kills; kill++)
        {
            await LiveAsync(random.Next(1, CrashPlan.MostStepsPerLife + 1));
            await Task.Delay(CrashPlan.LongestWait * random.NextDouble());
            var down = Stopwatch.StartNew();
            await host.KillAsync();
            await host.StartAsync();
            _restarts.Add(down.Elapsed);
            await CheckAcknowledgedAsync($"after kill {kill}");
        }
        _killing = false;
    }

    /// <summary>Waits until the host has acknowledged <paramref name="steps"/> more steps, or its longest life has passed.</summary>
    private async Task LiveAsync(int steps)
    {
        var goal = _acknowledged.Count + steps;
        var end = DateTime.UtcNow + CrashPlan.LongestLife;
        while (_acknowledged.Count < goal && DateTime.UtcNow < end) await Task.Delay(20);
    }

    private void Acknowledge(Acknowledgement step, bool loan)
    {
        _loans[step.Request] = loan;
        _acknowledged.Record(step, _restarts.Count + 1);
    }

    /// <summary>
    /// A step found missing comes with what the database holds of the request's workflows and what the host logged, read
    /// at once, before the clients move the request on.
    /// </summary>
    private async Task CheckAcknowledgedAsync(string when) =>
        await Parallel.ForEachAsync(_acknowledged.Requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, _) =>
        {
            var sent = DateTime.UtcNow;
            var (instance, history) = await ReadNowAsync(id);
            if (_acknowledged.Missing(id, sent, instance, history) is not { } missing) return;
            var stored = await _database.WorkflowsOfAsync(id);
            Find(string.Join(Environment.NewLine, [$"{when}: {(_loans[id] ? "loan" : "digitization request")} {missing}", .. stored, "host log:", .. Logged()]));
        });

    private async Task<(Guid? Instance, IReadOnlyList<HistoryView> History)> ReadNowAsync(Guid id)
    {
        if (_loans[id])
        {
            var loan = await _desk.ReadAsync(id);
            return (loan.Workflow?.InstanceId, loan.History);
        }
        var request = await _staff.ReadAsync(id);
        return (request.Workflow?.InstanceId, request.History);
    }

    /// <summary>The host's warnings and errors (each with its message line) and the test's starts and kills, in order.</summary>
    private IEnumerable<string> Logged()
    {
        var lines = _cluster.Output.Split(Environment.NewLine);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("[test]")) yield return lines[i];
            else if (lines[i].StartsWith("warn:") || lines[i].StartsWith("fail:") || lines[i].StartsWith("crit:"))
            {
                yield return lines[i];
                if (i + 1 < lines.Length) yield return lines[i + 1];
            }
        }
    }

    /// <summary>Waits, bounded, until the outbox has sent every letter; whether it has.</summary>
    private async Task<bool> SettledAsync()
    {
        var deadline = DateTime.UtcNow + SettleBound;
        while ((await _database.LettersAsync()).Any(l => !l.Sent))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(250);
        }
        return true;
    }

    /// <summary>Every lifecycle ended; an instance may still wait (a completed loan can be reactivated), but none may be stuck.</summary>
    private async Task CheckInstancesAsync()
    {
        foreach (var stuck in await _database.StuckInstancesAsync()) Find($"stuck: {stuck}");
    }

    /// <summary>
    /// Each letter in the outbox reached the SMTP server, and nothing else did. A host killed after the server accepted
    /// a letter and before it recorded that sends it again once its lease ends, under the same Message-Id (the
    /// outbox row's id), so the copy is recognisable; no sender can close that window, and each kill opens it for at
    /// most the letters in flight. A letter written twice, under two ids, would be a step done twice.
    /// </summary>
    private async Task<(int Letters, int SentAgain)> CheckLettersAsync()
    {
        var letters = (await _database.LettersAsync()).Select(l => $"{l.Id}@workflows").ToHashSet();
        var received = _cluster.Mail.Received;
        var arrived = received.GroupBy(m => m.MessageId ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        foreach (var missing in letters.Where(id => !arrived.ContainsKey(id))) Find($"letter {missing} never reached the SMTP server");
        foreach (var unknown in arrived.Keys.Where(id => !letters.Contains(id))) Find($"the SMTP server received {unknown}, which no outbox row is");
        var sentAgain = received.Count - arrived.Count;
        if (sentAgain > _plan.Kills * LettersInFlight) Find($"{sentAgain} letters were sent again; {_plan.Kills} kills have at most {_plan.Kills * LettersInFlight} in flight");
        foreach (var twice in received.GroupBy(m => (To: m.To.ToString(), m.Subject)).Where(g => g.Select(m => m.MessageId).Distinct().Count() > 1))
            Find($"{twice.Key.To} received \"{twice.Key.Subject}\" as {twice.Select(m => m.MessageId).Distinct().Count()} letters");
        return (arrived.Count, sentAgain);
    }

    /// <summary>
    /// Files in the store that no record names, left by a kill between writing a file and committing its record: the
    /// host's sweep must remove them once they are older than its grace period. The run waits until they are and starts
    /// the host again, which sweeps at start-up; answers how many the kills had left.
    /// </summary>
    private async Task<int> CheckFilesAsync()
    {
        var left = await UnnamedFilesAsync();
        if (left.Count == 0) return 0;
        var youngest = left.Max(File.GetLastWriteTimeUtc);
        var aged = youngest + OrphanGrace + TimeSpan.FromSeconds(1) - DateTime.UtcNow;
        if (aged > TimeSpan.Zero) await Task.Delay(aged);
        var host = _cluster.Hosts[0];
        await host.KillAsync();
        await host.StartAsync();
        var deadline = DateTime.UtcNow + SettleBound;
        while (left.Any(File.Exists) && DateTime.UtcNow < deadline) await Task.Delay(250);
        foreach (var orphan in left.Where(File.Exists)) Find($"the sweep left the stored file {orphan}, which no record names");
        return left.Count;
    }

    private async Task<List<string>> UnnamedFilesAsync()
    {
        var named = (await _database.StoredFilesAsync()).Select(Path.GetFileName).ToHashSet();
        return Directory.Exists(_cluster.FilesPath)
            ? Directory.EnumerateFiles(_cluster.FilesPath, "*", SearchOption.AllDirectories).Where(f => !named.Contains(Path.GetFileName(f))).ToList()
            : [];
    }

    private void Find(string finding) => _findings.Enqueue(finding);
}
