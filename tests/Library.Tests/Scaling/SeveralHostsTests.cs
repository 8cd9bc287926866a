using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using MimeKit;
using Npgsql;
using Workflows.Timers;
using Xunit.Abstractions;

namespace Library.Tests.Scaling;

/// <summary>The several-hosts test runs alone: it keeps the machine busy and times a kill against its progress.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScalingCollection
{
    public const string Name = "Scaling";
}

/// <summary>
/// Three hosts of the service on one PostgreSQL database, every call spread over them in turn and many at once, one
/// host killed outright midway while it is in the middle of an expiry timer's step, then started again. Nothing may
/// happen twice and nothing may be lost: every request ends once, each step in its history once, every requester gets
/// one letter, and every timer that came due fires once.
/// </summary>
[Collection(ScalingCollection.Name)]
public sealed class SeveralHostsTests(ITestOutputHelper output)
{
    private const int Requests = 500;
    private const int Hosts = 3;

    /// <summary>Requests worked on at once, each by its own staff member (a request's own steps follow each other).</summary>
    private const int InFlight = 24;

    /// <summary>
    /// The kill begins once this many requests have been worked through; it lands some seconds later, when the held
    /// requests' timers fire, near half of the work, and the host is back before the work is done.
    /// </summary>
    private const int KillAfter = Requests / 5;

    /// <summary>The last tenth is placed once the killed host is back, so work after the restart reaches it too.</summary>
    private const int PlacedAfterRestart = Requests * 9 / 10;

    /// <summary>Requests held at the kill: their expiry timers fire just before it, and their steps wait on the test.</summary>
    private const int HeldAtKill = 6;

    /// <summary>
    /// How far ahead an expiry is moved: near enough to come due during the run, far enough that the call arrives
    /// before it even at a host that has just started, whose first calls are slow (the service refuses a past expiry).
    /// </summary>
    private static readonly TimeSpan ExpiresAfter = TimeSpan.FromSeconds(10);

    /// <summary>Quartz's cluster finds a dead host after 15 s without its check-in (every 5 s), then runs its timers.</summary>
    private static readonly TimeSpan TakeOverBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Every fifth request is a graduate's, which the test's profile rule sends to approval; two in five of those are
    /// left alone after their expiry is moved a few seconds ahead, so they expire during the run.
    /// </summary>
    private sealed record Plan(int Index)
    {
        public bool NeedsApproval => Index % 5 == 0;
        public bool Expires => NeedsApproval && Index / 5 % 5 < 2;
        public string Barcode => $"39{Index:D9}";
        public string Email => $"reader-{Index}@example.org";
    }

    [PostgresFact]
    public async Task Requests_spread_over_three_hosts_end_once_while_one_host_is_killed_and_restarted()
    {
        var clock = Stopwatch.StartNew();
        // A short lease, so the letters of the host that dies are sent by another within the test's time.
        await using var cluster = await HostCluster.StartAsync(Hosts, new Dictionary<string, string> { ["Smtp__Lease"] = "00:00:10" });
        try
        {
            await RunAsync(cluster, clock);
        }
        catch
        {
            output.WriteLine(cluster.Output);
            throw;
        }
    }

    private async Task RunAsync(HostCluster cluster, Stopwatch clock)
    {
        var hostsStarted = clock.Elapsed;
        var (token, stationKey) = await SetUpOnFirstHostAsync(cluster);
        using var hosts = new LoadBalancer(cluster.Hosts);
        var staff = new LibraryStaff(hosts, token, "scan-1", stationKey);
        await AddApprovalRuleAsync(hosts, token);

        var plans = Enumerable.Range(0, Requests).Select(i => new Plan(i)).ToList();
        var held = plans.Where(p => p.Expires).Take(HeldAtKill).Select(p => p.Index).ToHashSet();
        var placed = plans.Select(_ => new TaskCompletionSource<DigitizationRequestView>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var workedThrough = 0;
        var killed = new TaskCompletionSource<Kill>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (plan, _) =>
        {
            if (plan.Index >= PlacedAfterRestart) await killed.Task;
            var (request, placedOn) = await staff.PlaceAsync(NewRequest(plan));
            placed[plan.Index].SetResult(request);
            if (plan.Expires)
            {
                // The held ones have their expiry moved at the kill.
                if (!held.Contains(plan.Index)) await staff.MoveExpiryAsync(request, ExpiresAfter);
            }
            else if (plan.NeedsApproval)
            {
                // Approval and digitization go on together (the rule's parallel approval), on different hosts.
                await Task.WhenAll(staff.WorkOnAsync(request), staff.ApproveAsync(request.Id, not: placedOn));
            }
            else
            {
                await staff.WorkOnAsync(request);
            }
            if (Interlocked.Increment(ref workedThrough) == KillAfter) BeginKill(await Task.WhenAll(held.Select(i => placed[i].Task)));
        });
        var workDone = clock.Elapsed;
        var kill = await killed.Task;

        var expired = plans.Count(p => p.Expires);
        // The assertions below say what is missing when a bound runs out.
        await EventuallyAsync(async () => await staff.CountAsync(DigitizationStatus.Completed) == Requests - expired
                                          && await staff.CountAsync(DigitizationStatus.Expired) == expired, SettleBound);
        var ended = clock.Elapsed;
        await EventuallyAsync(async () => await UnsentLettersAsync(cluster) == 0, SettleBound);

        var requests = new DigitizationRequestView[Requests];
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = InFlight },
            async (plan, _) => requests[plan.Index] = await staff.ReadAsync((await placed[plan.Index].Task).Id));
        var letters = cluster.Mail.Received;

        AssertEachEndedOnce(plans, requests);
        var copies = AssertEachLetterOnce(plans, letters);
        output.WriteLine($"{Requests} requests on {Hosts} hosts (started at {Seconds(hostsStarted)}): worked through at {Seconds(workDone)}, " +
                         $"all ended at {Seconds(ended)} ({expired} expired by their timers); {kill.Host.Name} killed in a timer's step at {Seconds(kill.At)}, " +
                         $"listening again at {Seconds(kill.RestartedAt)} and answering {hosts.Answered(kill.Host) - kill.AnsweredBefore} calls since; " +
                         $"{letters.Count} letters ({copies} sent again after the kill); {staff.Lost} calls lost with their host, " +
                         $"{staff.Conflicts} refused with 409 and retried; {Seconds(clock.Elapsed)} in all.");

        // The work goes on meanwhile; the last tenth waits for the restart.
        void BeginKill(DigitizationRequestView[] heldRequests) =>
            KillAndRestartAsync(cluster, hosts, staff, heldRequests, clock).ContinueWith(killing => killed.TrySetFromTask(killing), TaskScheduler.Default);
    }

    /// <summary>Signs in and registers the scan station on the first host only: the other hosts take both.</summary>
    private static async Task<(string Token, string StationKey)> SetUpOnFirstHostAsync(HostCluster cluster)
    {
        using var first = new HttpClient { BaseAddress = cluster.Hosts[0].Address };
        var token = (string)(await (await first.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword))
            .ReadAsync<JsonObject>(HttpStatusCode.OK))["accessToken"]!;
        first.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var station = await (await first.PostAsJsonAsync("/api/scan-stations", new { id = "scan-1", department = Api.Department }))
            .ReadAsync<ScanStationKey>(HttpStatusCode.Created);

        // The sign-in keys are the database's, so the token works on every host.
        foreach (var host in cluster.Hosts)
        {
            using var other = new HttpClient { BaseAddress = host.Address };
            other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/auth/me")).StatusCode);
        }
        return (token, station.ApiKey);
    }

    /// <summary>Graduates' requests need approval, given while they are digitized; the file is delivered once it is.</summary>
    private static async Task AddApprovalRuleAsync(LoadBalancer hosts, string token)
    {
        var rule = new JsonObject
        {
            ["name"] = "Graduate: attachment, parallel approval", ["description"] = "", ["enabled"] = true, ["order"] = 1,
            ["conditions"] = new JsonArray(new JsonObject { ["field"] = "userGroup", ["operator"] = "in", ["values"] = new JsonArray("Graduate") }),
            ["outputs"] = new JsonObject
            {
                ["target"] = "DocumentDeliveryAttachment", ["maxAccessCount"] = null, ["approval"] = true,
                ["copyrightClearance"] = false, ["approvalManagement"] = "Parallel", ["approvalReason"] = null,
            },
        };
        var reply = await hosts.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri("/api/profile-rules", UriKind.Relative))
        {
            Content = JsonContent.Create(rule), Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
        Assert.True(reply.Status == HttpStatusCode.Created, reply.ToString());
    }

    private static JsonObject NewRequest(Plan plan)
    {
        var request = Api.NewRequest(plan.Barcode, plan.Email);
        request["requester"] = new JsonObject
        {
            ["id"] = $"p-{plan.Index}", ["email"] = plan.Email, ["userGroup"] = plan.NeedsApproval ? "Graduate" : "Undergraduate",
        };
        return request;
    }

    private static string Seconds(TimeSpan at) => $"{at.TotalSeconds:F0} s";

    /// <summary>The host killed, when, when it listened again, and how many calls it had answered by then.</summary>
    private sealed record Kill(HostProcess Host, TimeSpan At, TimeSpan RestartedAt, int AnsweredBefore);

    /// <summary>
    /// Moves the held requests' expiry a few seconds ahead and holds their steps, so the hosts that run their timers
    /// wait in the middle of them; kills one of those hosts (SIGKILL) and lets the others' steps go on. The step the
    /// dead host was in never committed, so the others must run that timer again. The host is started again (on the
    /// same settings) only once they have: its own start schedules timers it finds without a job, which would hide a
    /// timer the others dropped.
    /// </summary>
    private static async Task<Kill> KillAndRestartAsync(HostCluster cluster, LoadBalancer hosts, LibraryStaff staff, DigitizationRequestView[] held, Stopwatch clock)
    {
        await Task.WhenAll(held.Select(r => staff.MoveExpiryAsync(r, ExpiresAfter)));
        HostProcess victim;
        TimeSpan killedAt;
        await using (var hold = await HeldSteps.HoldAsync(cluster.ConnectionString, held.Select(r => r.Id).ToList()))
        {
            var name = await hold.WaitingHostAsync(TimeSpan.FromSeconds(60));
            victim = cluster.Hosts.Single(h => h.Name == name);
            killedAt = clock.Elapsed;
            await victim.KillAsync();
        }
        var taken = await EventuallyAsync(async () => (await Task.WhenAll(held.Select(r => staff.ReadAsync(r.Id)))).All(r => r.Status == DigitizationStatus.Expired),
            TakeOverBound);
        Assert.True(taken, $"The other hosts did not fire the timers {victim.Name} was running within {TakeOverBound.TotalSeconds} s of its death.");
        await victim.StartAsync();
        return new Kill(victim, killedAt, clock.Elapsed, hosts.Answered(victim));
    }

    private static async Task<int> UnsentLettersAsync(HostCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM outbox_messages WHERE "SentAt" IS NULL""", connection);
        return (int)(long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Waits, bounded, for what the hosts finish in the background; whether it was done.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(500);
        }
        return true;
    }

    private static void AssertEachEndedOnce(List<Plan> plans, DigitizationRequestView[] requests)
    {
        var wrong = new List<string>();
        foreach (var plan in plans)
        {
            var request = requests[plan.Index];
            var (status, result) = plan.Expires ? (DigitizationStatus.Expired, "Expired") : (DigitizationStatus.Completed, "Completed");
            if (request.Status != status || request.Workflow?.Result != result)
                wrong.Add($"{request.Id} is {request.Status} ({request.Workflow?.Status}, {request.Workflow?.Result}, {request.Workflow?.Fault}), not {status}");
            var repeated = RequestHistory.Repeated(request, expiryChanges: plan.Expires ? 1 : 0, filesAttached: plan.Expires ? 0 : 1).ToList();
            if (repeated.Count > 0) wrong.Add($"{request.Id} has steps twice: {string.Join(", ", repeated)}");
            var timerFired = request.History.Count(h => h is { Activity: "await-expiry", Outcome: AwaitExpiry.Expired, Actor: ResumeTimerJob.Actor });
            if (timerFired != (plan.Expires ? 1 : 0)) wrong.Add($"{request.Id}'s expiry timer fired {timerFired} time(s)");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} finding(s):{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(20))}");
    }

    /// <summary>
    /// Letters counted at the SMTP server by recipient and by what their subject says they are. A letter is known by its
    /// Message-Id, the outbox row's id: a host killed after the server accepted a letter and before it recorded that,
    /// leaves it to be sent again by another host once its lease ends, and no sender can close that window. The
    /// service's promise is that the copy is recognisable, so copies count once, and there can be no more of them than
    /// letters one host sends at once (its SMTP sessions, <c>Smtp:Connections</c>, 4).
    /// </summary>
    private static int AssertEachLetterOnce(List<Plan> plans, IReadOnlyList<MimeMessage> received)
    {
        var letters = received
            .GroupBy(m => (To: string.Join(",", m.To.Mailboxes.Select(a => a.Address)), Letter: LetterOf(m.Subject)))
            .ToDictionary(g => g.Key, g => g.Select(m => m.MessageId).ToList());
        var wrong = new List<string>();
        foreach (var plan in plans)
        {
            var deliveries = letters.GetValueOrDefault((plan.Email, "delivery"), []);
            var expiries = letters.GetValueOrDefault((plan.Email, "expired"), []);
            if ((deliveries.Distinct().Count(), expiries.Distinct().Count()) != (plan.Expires ? (0, 1) : (1, 0)))
                wrong.Add($"{plan.Email} received delivery letter(s) [{string.Join(", ", deliveries)}] and expiry letter(s) [{string.Join(", ", expiries)}]");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} finding(s):{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(20))}");
        Assert.Equal(plans.Count, received.Select(m => m.MessageId).Distinct().Count());
        var copies = received.Count - plans.Count;
        Assert.True(copies <= 4, $"{copies} letters were sent again; one host dying has at most 4 in flight.");
        return copies;
    }

    private static string LetterOf(string? subject) =>
        subject?.EndsWith("is ready") == true ? "delivery" : subject?.EndsWith("has expired") == true ? "expired" : subject ?? "";
}
