using System.Net;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;
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
    public async Task Mail_queued_while_the_smtp_server_is_down_is_sent_after_a_restart()
    {
        // The first host mails to a port where nothing listens: the letter stays in the outbox.
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Smtp:Port"] = TestSmtpServer.FreePort().ToString() });
        var request = await host.Client.CreateAsync(Api.NewRequest(email: "patient@example.org"));
        await (await host.Client.CancelAsync(request.Id, "Patron request")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var unsent = await host.CountRowsAsync("outbox_messages", "\"SentAt\" IS NULL");
        Assert.Equal(1, unsent);

        await host.UseMailServerAsync();

        var mail = await host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "patient@example.org"));
        Assert.Contains("Patron request", mail.TextBody);
    }
}
