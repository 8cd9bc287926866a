using System.Net;
using System.Net.Sockets;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Testing;

namespace Library.Tests.Reliability;

public sealed class DurabilityTests
{
    [Fact]
    public async Task A_request_scanned_before_a_restart_completes_after_it_with_its_history_intact()
    {
        await using var host = LibraryHost.Start();
        var request = await host.Client.CreateAsync();
        await (await host.Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var before = await host.Client.GetRequestAsync(request.Id);

        await host.RestartAsync();

        var afterRestart = await host.Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Digitization, afterRestart.Status);
        Assert.Equal(before.History, afterRestart.History);

        await (await host.Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var file = Api.FileOf(2048, seed: 7);
        await (await host.Client.AttachAsync(request.Id, file)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);

        await host.RestartAsync();

        var done = await (await host.Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Completed, done.Status);
        Assert.Equal(before.History, done.History.Take(before.History.Count));
        Assert.Equal(Enumerable.Range(1, done.History.Count), done.History.Select(h => h.Sequence));

        var mail = await host.Mail.WaitForAsync(m => m.Attachments.Any());
        using var bytes = new MemoryStream();
        await mail.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(bytes);
        Assert.Equal(file, bytes.ToArray());
    }

    [Fact]
    public async Task Mail_queued_while_the_smtp_server_is_down_is_sent_after_a_restart_without_waiting_out_its_pause()
    {
        // The first host mails to a port where nothing listens: the letter stays in the outbox, tried again and again.
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Smtp:Port"] = TestSmtpServer.FreePort().ToString() });
        var request = await host.Client.CreateAsync(Api.NewRequest(email: "patient@example.org"));
        await (await host.Client.CancelAsync(request.Id, "Patron request")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(1, await host.CountRowsAsync("outbox_messages", "\"SentAt\" IS NULL"));

        // After many failed tries the next one is minutes away; a restart (the settings mended) tries at once.
        var postponed = await host.EventuallyAsync(() => host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
                "UPDATE outbox_messages SET \"NextAttemptAt\" = {0} WHERE \"Attempts\" >= 1 AND \"LeasedBy\" IS NULL",
                DateTime.UtcNow.AddMinutes(5))),
            updated => updated == 1);
        Assert.Equal(1, postponed);
        await host.UseMailServerAsync();

        // Bounded well under the five minutes the letter would wait without the restart's retry, and loose enough for a
        // restart on a busy machine (a PostgreSQL run beside crash runs missed 20 s).
        var mail = await host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "patient@example.org"), TimeSpan.FromSeconds(90));
        Assert.Contains("Patron request", mail.TextBody);
    }

    [Fact]
    public async Task A_letter_being_sent_when_the_service_stops_is_given_back_and_sent_at_once_after_the_restart()
    {
        // A server that takes the connection and never greets: the letter is leased to the host, mid-send, when it stops.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Smtp:Port"] = ((IPEndPoint)silent.LocalEndpoint).Port.ToString() });
            var request = await host.Client.CreateAsync(Api.NewRequest(email: "patient@example.org"));
            await (await host.Client.CancelAsync(request.Id, "Patron request")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
            Assert.Equal(1, await host.EventuallyAsync(() => host.CountRowsAsync("outbox_messages", "\"LeasedBy\" IS NOT NULL"), leased => leased == 1));

            await host.UseMailServerAsync();

            var mail = await host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "patient@example.org"));
            Assert.Contains("Patron request", mail.TextBody);
        }
        finally
        {
            silent.Stop();
        }
    }
}
