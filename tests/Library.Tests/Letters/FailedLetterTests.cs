using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Workflows.Mail;

namespace Library.Tests.Letters;

/// <summary>
/// Letters the SMTP server will not take: a permanent refusal (5xx) fails the letter at once, a deferral (4xx) is tried
/// again after a pause until <c>Smtp:MaxAttempts</c>, and an administrator sees the failed letters, retries or dismisses
/// them, which the request's history records. The service's clock is moved, and the dispatcher woken, instead of waiting
/// for the pause between attempts; one SMTP session sends the letters oldest first, so a letter sent after another shows
/// the dispatcher passed the first.
/// </summary>
public sealed class FailedLetterTests() : HostTest(new FakeTimeProvider(new DateTimeOffset(2027, 5, 3, 9, 0, 0, TimeSpan.Zero)))
{
    private const string Gone = "gone@example.org";
    private const string Busy = "busy@example.org";
    private const string Reader = "reader@example.org";

    public override Task InitializeAsync()
    {
        Host = LibraryHost.Start(new Dictionary<string, string?> { ["Smtp:Connections"] = "1", ["Smtp:MaxAttempts"] = "3" }, Clock);
        return Task.CompletedTask;
    }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_letter_the_server_refuses_for_good_is_failed_after_one_attempt_and_never_tried_again()
    {
        Host.Mail.Refuse(Gone, 550, "mailbox unavailable");
        var request = await Client.CancelledRequestAsync("gone-1", Gone);

        var failed = await Host.LetterOnceAsync(request.Id, OutboxState.Failed);
        Assert.Equal((1, Now, null), (failed.Attempts, failed.FailedAt, failed.NextAttemptAt));
        Assert.StartsWith("550 mailbox unavailable", failed.LastError);
        Assert.Equal([Gone], failed.To);
        Assert.Contains("was cancelled", failed.Subject);
        Assert.Equal(("digitization", request.Id.ToString(), request.Workflow!.InstanceId), (failed.Definition, failed.RequestId, failed.InstanceId));
        Assert.Equal(failed.Id, Assert.Single(await Client.OutboxAsync("failed")).Id);
        Assert.Empty(await Client.OutboxAsync("pending"));

        // Long after, with the mailbox back, another letter goes out and the failed one stays as it was.
        Host.Mail.Accept(Gone);
        await NextAttemptAsync();
        await Client.CancelledRequestAsync("reader-1", Reader);
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Reader));
        Assert.DoesNotContain(Host.Mail.Received, m => m.To.Mailboxes.Any(a => a.Address == Gone));
        var still = Assert.Single(await Client.LettersAsync(request.Id));
        Assert.Equal((OutboxState.Failed, 1), (still.State, still.Attempts));
    }

    [Fact]
    public async Task A_letter_the_server_defers_stays_pending_and_is_tried_again_after_a_growing_pause_until_sent()
    {
        Host.Mail.Refuse(Busy, 451, "try again later");
        var request = await Client.CancelledRequestAsync("busy-1", Busy);

        var first = await AttemptedAsync(request.Id, 1);
        Assert.Equal((OutboxState.Pending, Now.AddSeconds(2), null), (first.State, first.NextAttemptAt, first.FailedAt));
        Assert.StartsWith("451 try again later", first.LastError);
        Assert.Equal(first.Id, Assert.Single(await Client.OutboxAsync("pending")).Id);
        Assert.Empty(await Client.OutboxAsync("failed"));

        await NextAttemptAsync();
        var second = await AttemptedAsync(request.Id, 2);
        Assert.Equal((OutboxState.Pending, Now.AddSeconds(4)), (second.State, second.NextAttemptAt));

        Host.Mail.Accept(Busy);
        await NextAttemptAsync();
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Busy));
        var sent = await Host.LetterOnceAsync(request.Id, OutboxState.Sent);
        Assert.Equal((3, null, Now), (sent.Attempts, sent.LastError, sent.SentAt));
    }

    [Fact]
    public async Task A_letter_deferred_as_often_as_Smtp_MaxAttempts_allows_is_failed()
    {
        Host.Mail.Refuse(Busy, 451, "try again later");
        var request = await Client.CancelledRequestAsync("busy-1", Busy);
        await AttemptedAsync(request.Id, 1);
        await NextAttemptAsync();
        await AttemptedAsync(request.Id, 2);
        await NextAttemptAsync();

        var failed = await Host.LetterOnceAsync(request.Id, OutboxState.Failed);
        Assert.Equal((3, Now), (failed.Attempts, failed.FailedAt));
        Assert.StartsWith("451 try again later", failed.LastError);
    }

    [Fact]
    public async Task An_administrator_retries_a_failed_letter_which_is_sent_once_the_server_takes_it_and_the_history_names_them()
    {
        var administrator = await Host.StaffAsync("l.admin", ("General System Administrator", []));
        Host.Mail.Refuse(Gone, 550, "mailbox unavailable");
        var request = await Client.CancelledRequestAsync("gone-1", Gone);
        var failed = await Host.LetterOnceAsync(request.Id, OutboxState.Failed);
        Host.Mail.Accept(Gone);

        var retried = await (await administrator.RetryLetterAsync(failed.Id)).ReadAsync<OutboxLetterView>(HttpStatusCode.OK);

        Assert.Equal((failed.Id, OutboxState.Pending, 0, null, Now), (retried.Id, retried.State, retried.Attempts, retried.FailedAt, retried.NextAttemptAt));
        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Gone));
        Assert.Contains("was cancelled", mail.Subject);
        var sent = await Host.LetterOnceAsync(request.Id, OutboxState.Sent);
        Assert.Equal((1, null), (sent.Attempts, sent.LastError));
        var history = (await Client.GetRequestAsync(request.Id)).History;
        var entry = history[^1];
        Assert.Equal(("l.admin", "Retried", history.Count), (entry.Actor, entry.Outcome, entry.Sequence));
        Assert.Contains(Gone, entry.Note);
        Assert.Contains("550 mailbox unavailable", entry.Note);
    }

    [Fact]
    public async Task An_administrator_dismisses_a_failed_letter_which_is_kept_for_the_record_and_never_sent()
    {
        Host.Mail.Refuse(Gone, 550, "mailbox unavailable");
        var request = await Client.CancelledRequestAsync("gone-1", Gone);
        var failed = await Host.LetterOnceAsync(request.Id, OutboxState.Failed);

        var dismissed = await (await Client.DismissLetterAsync(failed.Id)).ReadAsync<OutboxLetterView>(HttpStatusCode.OK);

        Assert.Equal((OutboxState.Dismissed, 1, failed.LastError, failed.FailedAt),
            (dismissed.State, dismissed.Attempts, dismissed.LastError, dismissed.FailedAt));
        Assert.Empty(await Client.OutboxAsync("failed"));
        Assert.Equal(failed.Id, Assert.Single(await Client.OutboxAsync("dismissed")).Id);
        var entry = (await Client.GetRequestAsync(request.Id)).History[^1];
        Assert.Equal((LibraryHost.AdminUserName, "Dismissed"), (entry.Actor, entry.Outcome));
        Assert.Contains(Gone, entry.Note);

        // Dismissed is final: neither retried nor dismissed again, and the dispatcher leaves it.
        await RefusedWithoutChange(() => Client.RetryLetterAsync(failed.Id), HttpStatusCode.Conflict, "dismissed", "only a failed letter");
        await RefusedWithoutChange(() => Client.DismissLetterAsync(failed.Id), HttpStatusCode.Conflict, "dismissed");
        Assert.Equal(OutboxState.Dismissed, Assert.Single(await Client.LettersAsync(request.Id)).State);
        Host.Mail.Accept(Gone);
        await NextAttemptAsync();
        await Client.CancelledRequestAsync("reader-1", Reader);
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Reader));
        Assert.DoesNotContain(Host.Mail.Received, m => m.To.Mailboxes.Any(a => a.Address == Gone));
    }

    [Fact]
    public async Task Only_a_failed_letter_is_retried_or_dismissed_another_is_409_and_an_unknown_one_404_changing_nothing()
    {
        Host.Mail.Refuse(Busy, 451, "try again later");
        var deferred = await Client.CancelledRequestAsync("busy-1", Busy);
        var delivered = await Client.CancelledRequestAsync("reader-1", Reader);
        var pending = await AttemptedAsync(deferred.Id, 1);
        var sent = await Host.LetterOnceAsync(delivered.Id, OutboxState.Sent);

        foreach (var (letter, state) in new[] { (pending, "pending"), (sent, "sent") })
        {
            await RefusedWithoutChange(() => Client.RetryLetterAsync(letter.Id), HttpStatusCode.Conflict, state, "only a failed letter");
            await RefusedWithoutChange(() => Client.DismissLetterAsync(letter.Id), HttpStatusCode.Conflict, state, "only a failed letter");
        }
        var unknown = Guid.NewGuid();
        await RefusedWithoutChange(() => Client.RetryLetterAsync(unknown), HttpStatusCode.NotFound, unknown.ToString());
        await RefusedWithoutChange(() => Client.DismissLetterAsync(unknown), HttpStatusCode.NotFound, unknown.ToString());
        // The snapshot counts letters; their states are read here, the dispatcher having nothing due meanwhile.
        Assert.Equal([(OutboxState.Pending, 1), (OutboxState.Sent, 1)], (await Client.OutboxAsync()).Select(l => (l.State, l.Attempts)));
    }

    [Fact]
    public async Task Staff_who_do_not_administer_see_a_requests_letters_but_not_the_outbox_and_cannot_retry_or_dismiss()
    {
        var worker = await Host.StaffAsync("w.operator", ("Work Order Operator", [Api.Department]));
        Host.Mail.Refuse(Gone, 550, "mailbox unavailable");
        var request = await Client.CancelledRequestAsync("gone-1", Gone);
        var failed = await Host.LetterOnceAsync(request.Id, OutboxState.Failed);

        var seen = Assert.Single(await worker.LettersAsync(request.Id));
        Assert.Equal((failed.Id, OutboxState.Failed), (seen.Id, seen.State));
        await (await worker.GetAsync("/api/outbox?status=failed")).ProblemAsync(HttpStatusCode.Forbidden, "General System Administrator");
        await RefusedWithoutChange(() => worker.RetryLetterAsync(failed.Id), HttpStatusCode.Forbidden, "General System Administrator");
        await RefusedWithoutChange(() => worker.DismissLetterAsync(failed.Id), HttpStatusCode.Forbidden, "General System Administrator");
        var after = Assert.Single(await Client.LettersAsync(request.Id));
        Assert.Equal((OutboxState.Failed, 1), (after.State, after.Attempts));
    }

    [Fact]
    public async Task The_outbox_lists_letters_oldest_first_by_state_up_to_the_limit()
    {
        Host.Mail.Refuse(Gone, 550, "mailbox unavailable");
        var first = await Client.CancelledRequestAsync("reader-1", Reader);
        await Host.LetterOnceAsync(first.Id, OutboxState.Sent);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Client.CancelledRequestAsync("gone-1", Gone);
        await Host.LetterOnceAsync(second.Id, OutboxState.Failed);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await Client.CancelledRequestAsync("reader-2", Reader);
        await Host.LetterOnceAsync(third.Id, OutboxState.Sent);

        Assert.Equal([first.Id, second.Id, third.Id], (await Client.OutboxAsync()).Select(l => Guid.Parse(l.RequestId!)));
        Assert.Equal([first.Id, third.Id], (await Client.OutboxAsync("sent")).Select(l => Guid.Parse(l.RequestId!)));
        Assert.Equal([first.Id, second.Id],
            (await (await Client.GetAsync("/api/outbox?limit=2")).ReadAsync<List<OutboxLetterView>>(HttpStatusCode.OK)).Select(l => Guid.Parse(l.RequestId!)));
    }

    [Fact]
    public async Task An_unknown_status_or_a_limit_out_of_range_is_400_naming_the_parameter_and_an_unknown_requests_letters_404()
    {
        await (await Client.GetAsync("/api/outbox?status=lost")).ProblemAsync(HttpStatusCode.BadRequest, "status", "lost", "Failed");
        await (await Client.GetAsync("/api/outbox?limit=0")).ProblemAsync(HttpStatusCode.BadRequest, "limit");
        var unknown = Guid.NewGuid();
        await (await Client.GetAsync($"/api/requests/{unknown}/letters")).ProblemAsync(HttpStatusCode.NotFound, unknown.ToString());
    }

    /// <summary>Moves the clock past any pause between attempts and wakes the dispatcher, as its own wait would.</summary>
    private Task NextAttemptAsync()
    {
        Clock.Advance(TimeSpan.FromMinutes(10));
        return Host.ServiceAsync<OutboxSignal, bool>(signal =>
        {
            signal.Notify();
            return Task.FromResult(true);
        });
    }

    /// <summary>The request's one letter once the dispatcher has tried it <paramref name="attempts"/> times.</summary>
    private async Task<OutboxLetterView> AttemptedAsync(Guid requestId, int attempts)
    {
        var letters = await Host.EventuallyAsync(() => Client.LettersAsync(requestId), l => l.Count == 1 && l[0].Attempts >= attempts);
        var letter = Assert.Single(letters);
        Assert.Equal(attempts, letter.Attempts);
        return letter;
    }
}
