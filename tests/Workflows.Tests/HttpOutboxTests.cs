using System.Text.Json.Nodes;
using Testing;
using Workflows.Mail;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

public sealed class HttpOutboxTests
{
    /// <summary>Posts <c>variables.first</c>, waits for signal <c>go</c>, then posts <c>variables.then</c>, all under <c>variables.key</c>.</summary>
    private static readonly Definitions.WorkflowDefinition Posting = new Flow("posting")
        .Start()
        .Add("post", nameof(PostToPartner), Post("variables.first"))
        .Signal("wait", "go", Expr("variables.key"))
        .Add("post-again", nameof(PostToPartner), Post("variables.then"))
        .End()
        .Chain("start", "post", "wait", "post-again", "end")
        .Build();

    private static JsonObject Post(string bodies) => new()
    {
        ["url"] = Expr("variables.url"),
        ["key"] = Expr("variables.key"),
        ["bodies"] = Expr(bodies),
    };

    private static JsonObject Input(TestHttpPartner partner, string key, string[] first, string[]? then = null) => new()
    {
        ["url"] = partner.Url($"/partners/{key}").ToString(),
        ["key"] = key,
        ["first"] = new JsonArray([.. first.Select(b => (JsonNode)b)]),
        ["then"] = new JsonArray([.. (then ?? []).Select(b => (JsonNode)b)]),
    };

    private static Task<WorkflowTestHost> StartHostAsync(string? directory = null, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock = null) =>
        WorkflowTestHost.StartAsync(directory, clock: clock, settings: new Dictionary<string, string?> { ["Smtp:Port"] = "1" });

    [Fact]
    public async Task A_post_queued_by_a_step_is_delivered_after_the_step_commits_with_its_id_and_its_answer_goes_to_the_receipt()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        partner.Answer(_ => new PartnerReply(200, "application/xml", "<confirmation/>"));
        await using var host = await StartHostAsync();
        await host.PublishAsync(Posting);

        await host.StartAsync("posting", Input(partner, "R-1", ["hello"]));

        var post = Assert.Single(await partner.WaitForAsync(1));
        Assert.Equal("hello", post.Body);
        Assert.Equal("/partners/R-1", post.Path);
        Assert.StartsWith("text/plain", post.ContentType);
        var row = Assert.Single(await host.OutboxWhenAsync(o => o.All(m => m.State == OutboxState.Sent)));
        Assert.Equal(row.Id.ToString(), post.IdempotencyKey);
        Assert.Equal(1, row.Attempts);
        var answer = Assert.Single(host.Answers.Answers);
        Assert.Equal((row.Id, "R-1", 200, "<confirmation/>"), (answer.MessageId, answer.OrderingKey, answer.StatusCode, answer.Body));
        Assert.StartsWith("application/xml", answer.ContentType);
    }

    [Fact]
    public async Task A_post_of_a_step_that_rolled_back_is_never_sent()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        await using var host = await StartHostAsync();
        await host.PublishAsync(new Flow("post-then-fail")
            .Start().Signal("wait", "go", "k").Add("post", nameof(PostToPartner), Post("variables.first")).Add("fail", nameof(Explode)).End()
            .Chain("start", "wait", "post", "fail", "end")
            .Build());
        await host.StartAsync("post-then-fail", Input(partner, "R-2", ["only once"]));

        await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));
        Assert.Empty(await host.OutboxAsync());

        host.Faults.Armed = false;
        Assert.Equal(ResumeStatus.Resumed, (await host.SignalAsync("go", "k")).Status);
        Assert.Equal("only once", Assert.Single(await partner.WaitForAsync(1)).Body);
        await host.OutboxWhenAsync(o => o.Single().State == OutboxState.Sent);
        Assert.Single(partner.Received);
    }

    [Fact]
    public async Task Posts_of_one_key_arrive_one_after_another_in_the_order_they_were_queued_even_within_one_step()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        await using var host = await StartHostAsync();
        await host.PublishAsync(Posting);
        var first = Enumerable.Range(1, 6).Select(n => $"A{n}").ToArray();

        await host.StartAsync("posting", Input(partner, "A", first, ["A7", "A8"]));
        await host.StartAsync("posting", Input(partner, "B", ["B1", "B2", "B3"]));
        await host.SignalAsync("go", "A");

        var received = await partner.WaitForAsync(11);
        Assert.Equal([.. first, "A7", "A8"], received.Where(p => p.Path == "/partners/A").Select(p => p.Body));
        Assert.Equal(["B1", "B2", "B3"], received.Where(p => p.Path == "/partners/B").Select(p => p.Body));
        var rows = await host.OutboxWhenAsync(o => o.All(m => m.State == OutboxState.Sent));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => (long)n), rows.Where(m => m.OrderingKey == "A").OrderBy(m => m.Sequence).Select(m => m.Sequence));
    }

    [Fact]
    public async Task Posts_made_while_the_partner_is_down_wait_in_order_and_arrive_once_each_when_it_is_back()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        await partner.GoDownAsync();
        await using var host = await StartHostAsync();
        await host.PublishAsync(Posting);

        await host.StartAsync("posting", Input(partner, "R-3", ["one", "two", "three"]));

        // The first is tried and waits out a pause; those after it are not tried while it is unsent.
        var waiting = await host.OutboxWhenAsync(o => o.Any(m => m.Attempts >= 1));
        var head = waiting.Single(m => m.Sequence == 1);
        Assert.Equal(OutboxState.Pending, head.State);
        Assert.Equal(WorkflowTestHost.Epoch.UtcDateTime.AddSeconds(2), head.NextAttemptAt);
        Assert.NotNull(head.LastError);
        Assert.All(waiting.Where(m => m.Sequence > 1), m => Assert.Equal(0, m.Attempts));
        host.NextHttpAttempt();
        await host.OutboxWhenAsync(o => o.Single(m => m.Sequence == 1).Attempts >= 2);

        await partner.ComeUpAsync();
        host.NextHttpAttempt();

        var received = await partner.WaitForAsync(3);
        Assert.Equal(["one", "two", "three"], received.Select(p => p.Body));
        var rows = await host.OutboxWhenAsync(o => o.All(m => m.State == OutboxState.Sent));
        Assert.Equal(rows.OrderBy(m => m.Sequence).Select(m => m.Id.ToString()), received.Select(p => p.IdempotencyKey));
        Assert.Equal(3, partner.Received.Count);
        Assert.Equal(rows.OrderBy(m => m.Sequence).Select(m => (m.Id, 200)), host.Answers.Answers.Select(a => (a.MessageId, a.StatusCode)));
    }

    [Fact]
    public async Task A_5xx_is_tried_again_and_a_4xx_fails_the_post_for_good_while_the_next_of_its_key_goes_on()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        var refusal = new PartnerReply(503, "text/plain", "busy");
        partner.Answer(post => post.Body == "refused" ? refusal : new PartnerReply(200, "text/plain", "fine"));
        await using var host = await StartHostAsync();
        await host.PublishAsync(Posting);

        await host.StartAsync("posting", Input(partner, "R-4", ["refused", "next"]));

        var retried = await host.OutboxWhenAsync(o => o.Single(m => m.Sequence == 1).Attempts >= 1);
        Assert.Equal((OutboxState.Pending, "503 busy"), (retried.Single(m => m.Sequence == 1).State, retried.Single(m => m.Sequence == 1).LastError));
        Assert.Equal(0, retried.Single(m => m.Sequence == 2).Attempts);
        Assert.Empty(host.Answers.Answers);

        refusal = new PartnerReply(400, "text/plain", "no such request");
        host.NextHttpAttempt();

        var rows = await host.OutboxWhenAsync(o => o.All(m => m.State != OutboxState.Pending));
        var failed = rows.Single(m => m.Sequence == 1);
        Assert.Equal((OutboxState.Failed, 2, "400 no such request"), (failed.State, failed.Attempts, failed.LastError));
        Assert.Equal(OutboxState.Sent, rows.Single(m => m.Sequence == 2).State);
        Assert.Equal([(failed.Id, 400), (rows.Single(m => m.Sequence == 2).Id, 200)], host.Answers.Answers.Select(a => (a.MessageId, a.StatusCode)));
        Assert.Equal(["refused", "refused", "next"], partner.Received.Select(p => p.Body));
    }

    [Fact]
    public async Task A_partner_that_answers_busy_with_Retry_After_is_tried_again_after_the_pause_it_asked_for_held_to_five_minutes()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        var busy = new PartnerReply(429, "text/plain", "slow down", TimeSpan.FromSeconds(40));
        partner.Answer(_ => busy);
        await using var host = await StartHostAsync();
        await host.PublishAsync(Posting);

        await host.StartAsync("posting", Input(partner, "R-5", ["one"]));

        var first = (await host.OutboxWhenAsync(o => o.Single().Attempts >= 1)).Single();
        Assert.Equal(WorkflowTestHost.Epoch.UtcDateTime.AddSeconds(40), first.NextAttemptAt);

        busy = new PartnerReply(503, "text/plain", "maintenance", TimeSpan.FromHours(2));
        host.NextHttpAttempt();
        var second = (await host.OutboxWhenAsync(o => o.Single().Attempts >= 2)).Single();
        Assert.Equal(OutboxState.Pending, second.State);
        // Tried ten minutes on (NextHttpAttempt): the two hours asked for are held to five minutes from then.
        Assert.Equal(WorkflowTestHost.Epoch.UtcDateTime.AddMinutes(10 + 5), second.NextAttemptAt);
    }

    [Fact]
    public async Task A_post_still_unsent_at_its_last_attempt_allowed_is_failed_and_the_receipt_told_why()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        partner.Answer(_ => new PartnerReply(503, "text/plain", "down for maintenance"));
        await using var host = await WorkflowTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Smtp:Port"] = "1", ["HttpOutbox:MaxAttempts"] = "2" });
        await host.PublishAsync(Posting);

        await host.StartAsync("posting", Input(partner, "R-9", ["in vain"]));
        await host.OutboxWhenAsync(o => o.Single().Attempts == 1);
        Assert.Empty(host.Answers.Failures);
        host.NextHttpAttempt();

        var failed = Assert.Single(await host.OutboxWhenAsync(o => o.Single().State == OutboxState.Failed));
        Assert.Equal((2, "503 down for maintenance"), (failed.Attempts, failed.LastError));
        var failure = Assert.Single(host.Answers.Failures);
        Assert.Equal((failed.Id, "R-9", 2, "503 down for maintenance"), (failure.MessageId, failure.OrderingKey, failure.Attempts, failure.Error));
        Assert.Empty(host.Answers.Answers);
    }

    [Fact]
    public async Task A_receipt_that_fails_leaves_the_post_delivered_and_not_sent_again()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        await using var host = await StartHostAsync();
        await host.PublishAsync(Posting);
        host.Answers.Failing = true;

        await host.StartAsync("posting", Input(partner, "R-5", ["first"]));
        await host.OutboxWhenAsync(o => o.Single().State == OutboxState.Sent);

        host.Answers.Failing = false;
        host.NextHttpAttempt();
        await host.StartAsync("posting", Input(partner, "R-6", ["second"]));

        await host.OutboxWhenAsync(o => o.Count == 2 && o.All(m => m.State == OutboxState.Sent));
        Assert.Equal(["first", "second"], partner.Received.Select(p => p.Body));
        Assert.Equal("R-6", Assert.Single(host.Answers.Answers).OrderingKey);
    }

    [Fact]
    public async Task Posts_waiting_when_the_service_stops_are_delivered_in_order_after_it_starts_again()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        await partner.GoDownAsync();
        var directory = WorkflowTestHost.NewDirectory();
        try
        {
            await using (var first = await StartHostAsync(directory))
            {
                await first.PublishAsync(Posting);
                await first.StartAsync("posting", Input(partner, "R-7", ["before", "restart"]));
                await first.OutboxWhenAsync(o => o.Any(m => m.Attempts >= 1));
            }

            await partner.ComeUpAsync();
            await using var second = await StartHostAsync(directory);

            Assert.Equal(["before", "restart"], (await partner.WaitForAsync(2)).Select(p => p.Body));
            await second.OutboxWhenAsync(o => o.All(m => m.State == OutboxState.Sent));
            Assert.Equal(2, partner.Received.Count);
        }
        finally
        {
            WorkflowTestHost.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task Two_hosts_sharing_one_database_deliver_each_post_once_and_in_order()
    {
        await using var partner = await TestHttpPartner.StartAsync();
        var directory = WorkflowTestHost.NewDirectory();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(WorkflowTestHost.Epoch);
        try
        {
            await using var one = await StartHostAsync(directory, clock);
            await using var two = await StartHostAsync(directory, clock);
            await one.PublishAsync(Posting);
            var keys = Enumerable.Range(1, 6).Select(n => $"K{n}").ToArray();

            // Each host queues half, so each is woken by its own commits and both take from the same table.
            await Task.WhenAll(keys.Select((key, n) => (n % 2 == 0 ? one : two)
                .StartAsync("posting", Input(partner, key, [$"{key}-1", $"{key}-2", $"{key}-3", $"{key}-4"]))));

            var received = await partner.WaitForAsync(24);
            await one.OutboxWhenAsync(o => o.Count == 24 && o.All(m => m.State == OutboxState.Sent));
            Assert.Equal(24, partner.Received.Count);
            Assert.Equal(24, received.Select(p => p.IdempotencyKey).Distinct().Count());
            foreach (var key in keys)
                Assert.Equal([$"{key}-1", $"{key}-2", $"{key}-3", $"{key}-4"], received.Where(p => p.Path == $"/partners/{key}").Select(p => p.Body));
        }
        finally
        {
            WorkflowTestHost.DeleteDirectory(directory);
        }
    }
}
