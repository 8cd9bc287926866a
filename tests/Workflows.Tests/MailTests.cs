using System.Text.Json.Nodes;
using Testing;
using Workflows.Activities;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

public sealed class MailTests
{
    private static readonly JsonObject Email = new()
    {
        ["to"] = Expr("variables.patron"),
        ["subject"] = Expr("'Your request ' + variables.requestId"),
        ["body"] = "It is ready.",
    };

    [Fact]
    public async Task E_mail_queued_by_a_step_is_sent_over_SMTP_after_the_step_commits()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var host = await WorkflowTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(),
            ["Smtp:From"] = "library@example.org",
        });
        await host.PublishAsync(new Flow("notify")
            .Start().Add("mail", nameof(SendEmail), Email).End()
            .Chain("start", "mail", "end")
            .Build());

        var started = await host.StartAsync("notify", new JsonObject { ["patron"] = "ada@example.org", ["requestId"] = "R-7" });

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Your request R-7", message.Subject);
        Assert.Equal("ada@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("library@example.org", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("It is ready.", message.TextBody?.Trim());
        var row = Assert.Single(await host.OutboxAsync());
        Assert.Equal(started.InstanceId, row.InstanceId);
        Assert.Equal($"{row.Id}@workflows", message.MessageId);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await host.OutboxAsync()).Single().SentAt is null && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.NotNull((await host.OutboxAsync()).Single().SentAt);
    }

    [Fact]
    public async Task E_mails_queued_together_are_sent_over_several_SMTP_sessions_at_once()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var host = await WorkflowTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(),
            ["Smtp:Connections"] = "3",
        });
        var mails = Enumerable.Range(1, 6).Select(n => $"mail-{n}").ToArray();
        var flow = new Flow("notify-many").Start();
        foreach (var mail in mails) flow.Add(mail, nameof(SendEmail), Email);
        await host.PublishAsync(flow.End().Chain(["start", .. mails, "end"]).Build());

        await host.StartAsync("notify-many", new JsonObject { ["patron"] = "ada@example.org", ["requestId"] = "R-9" });

        Assert.Equal(6, (await smtp.WaitForAsync(6)).Count);
        Assert.InRange(smtp.Sessions.Count, 2, 3);
        Assert.Equal(6, smtp.Sessions.Values.Sum());
    }

    [Fact]
    public async Task E_mail_of_a_step_that_rolled_back_is_never_queued()
    {
        // No SMTP server: the assertion is on the outbox, which is what the dispatcher sends from.
        await using var host = await WorkflowTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Smtp:Port"] = "1" });
        await host.PublishAsync(new Flow("notify-then-fail")
            .Start().Signal("wait", "go", "k").Add("mail", nameof(SendEmail), Email).Add("fail", nameof(Explode)).End()
            .Chain("start", "wait", "mail", "fail", "end")
            .Build());
        await host.StartAsync("notify-then-fail", new JsonObject { ["patron"] = "ada@example.org", ["requestId"] = "R-8" });

        await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));
        Assert.Empty(await host.OutboxAsync());

        host.Faults.Armed = false;
        Assert.Equal(ResumeStatus.Resumed, (await host.SignalAsync("go", "k")).Status);
        Assert.Contains("Your request R-8", Assert.Single(await host.OutboxAsync()).Payload);
    }

    [Fact]
    public async Task A_recipient_the_host_s_policy_refuses_is_not_written_to_and_the_step_goes_on_saying_why()
    {
        await using var host = await WorkflowTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Smtp:Port"] = "1" });
        await host.PublishAsync(new Flow("notify")
            .Start().Add("mail", nameof(SendEmail), Email).Set("after", "wrote", true).Signal("wait", "go", "k").End()
            .Chain("start", "mail", "after", "wait", "end")
            .Build());

        var started = await host.StartAsync("notify", new JsonObject { ["patron"] = "mallory@elsewhere.example", ["requestId"] = "R-6" });

        Assert.Empty(await host.OutboxAsync());
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(true, (bool?)instance.Variables["wrote"]);
        var step = instance.History.Single(h => h.ActivityId == "mail");
        Assert.Equal(Outcomes.Done, step.Outcome);
        Assert.Equal($"e-mail 'Your request R-6' to mallory@elsewhere.example not sent: {ExampleRecipients.Refusal}", step.Note);
    }
}
