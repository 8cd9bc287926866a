using System.Net;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Workflows.Traces;

namespace Library.Tests.Lending;

/// <summary>
/// A loan past its due date goes Overdue, an unshipped request past its needed-by date Expired, on the lending workflow's
/// persistent timer; the tests move the service's clock (which Quartz reads too) instead of waiting.
/// </summary>
public sealed class LendingDeadlineTests() : HostTest(new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 9, 0, 0, TimeSpan.Zero)))
{

    [Fact]
    public async Task A_loan_past_its_due_date_becomes_Overdue_and_the_partner_is_asked_to_return_it()
    {
        var loan = await LoanAsync(dueDate: "2030-03-15");
        Assert.Equal([new DateTime(2030, 3, 16)], await TimersAsync(loan.Id));

        Clock.Advance(TimeSpan.FromDays(15));
        var overdue = await EventuallyAsync(loan.Id, LendingStatus.Overdue);

        Assert.Equal(LendingStatus.Overdue, overdue.Status);
        Assert.Contains(overdue.History, h => h.Actor == "system:timer" && h.Note == "overdue: Received by Partner → Overdue; due 2030-03-15 passed");
        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Overdue:") == true);
        Assert.Equal("ill@partner.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("was due on 2030-03-15", mail.TextBody);
        Assert.Contains("39001000999, 39001000998", mail.TextBody);
        Assert.Contains("Please return", mail.TextBody);
        Assert.Empty(await TimersAsync(loan.Id));

        // A renewal of the overdue loan sets a new due date, and with it a new deadline.
        var renewed = await Client.ActAsync(loan.Id, "renew", new { dueDate = "2030-04-30" });
        Assert.Equal(LendingStatus.ReceivedByPartner, renewed.Status);
        Assert.Equal([new DateTime(2030, 5, 1)], await TimersAsync(loan.Id));
    }

    [Fact]
    public async Task An_ISO_partner_gets_the_overdue_as_an_ISO_message_and_no_letter()
    {
        var loan = await LoanAsync(dueDate: "2030-03-15", partnerCode: LendingApi.IsoPartner);
        Clock.Advance(TimeSpan.FromDays(15));
        var overdue = await EventuallyAsync(loan.Id, LendingStatus.Overdue);

        Assert.Equal(("StatusChange", "Overdue"), (overdue.IsoMessages[^1].ReasonForMessage, overdue.IsoMessages[^1].Status));
        Assert.Equal(0, await Host.CountRowsAsync("outbox_messages"));
    }

    [Fact]
    public async Task A_renewal_before_the_due_date_moves_the_deadline_so_the_old_date_passes_without_overdue()
    {
        var loan = await LoanAsync(dueDate: "2030-03-15");
        await Client.ActAsync(loan.Id, "renew-requested");
        await Client.ActAsync(loan.Id, "renew", new { dueDate = "2030-04-15" });
        Assert.Equal([new DateTime(2030, 4, 16)], await TimersAsync(loan.Id));

        Clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal([new DateTime(2030, 4, 16)], await TimersAsync(loan.Id));
        Assert.Equal(LendingStatus.ReceivedByPartner, (await Client.GetLendingAsync(loan.Id)).Status);

        Clock.Advance(TimeSpan.FromDays(30));
        var overdue = await EventuallyAsync(loan.Id, LendingStatus.Overdue);
        var lapses = overdue.History.Where(h => h.Actor == "system:timer" && h.Note?.StartsWith("overdue:") == true).ToList();
        Assert.Equal("overdue: Received by Partner → Overdue; due 2030-04-15 passed", Assert.Single(lapses).Note);
    }

    [Fact]
    public async Task An_unshipped_request_expires_after_its_needed_by_date_and_a_shipped_one_does_not()
    {
        var waiting = await Client.CreateLendingAsync(Request(neededBy: "2030-03-10", partnerCode: LendingApi.IsoPartner));
        await Client.ActAsync(waiting.Id, "will-supply");
        var shipped = await Client.CreateLendingAsync(Request(neededBy: "2030-03-10"));
        await Client.ActAsync(shipped.Id, "ship-physically", LendingApi.Shipment("2030-03-31"));
        Assert.Equal([new DateTime(2030, 3, 11)], await TimersAsync(waiting.Id));
        Assert.Equal([new DateTime(2030, 4, 1)], await TimersAsync(shipped.Id));

        Clock.Advance(TimeSpan.FromDays(10));
        var expired = await EventuallyAsync(waiting.Id, LendingStatus.Expired);

        Assert.False(expired.Active);
        Assert.Contains(expired.History, h => h.Actor == "system:timer" && h.Note == "expired: Will Supply → Expired; needed by 2030-03-10 passed");
        Assert.Equal(("RequestResponse", "Unfilled"), (expired.IsoMessages[^1].ReasonForMessage, expired.IsoMessages[^1].Status));
        Assert.Equal(LendingStatus.ShippedPhysically, (await Client.GetLendingAsync(shipped.Id)).Status);
        Assert.Equal([new DateTime(2030, 4, 1)], await TimersAsync(shipped.Id));

        // Reactivated after it expired, the request does not expire again on the same needed-by date.
        Assert.Equal(LendingStatus.RequestReactivated, (await Client.ActAsync(waiting.Id, "reactivate")).Status);
        Assert.Empty(await TimersAsync(waiting.Id));
    }

    [Fact]
    public async Task A_due_date_ends_at_midnight_in_the_institutions_time_zone()
    {
        await Host.DisposeAsync();
        Host = LibraryHost.Start(new Dictionary<string, string?> { ["Lending:TimeZone"] = "Europe/Brussels" }, Clock);
        var loan = await LoanAsync(dueDate: "2030-03-15");
        Assert.Equal([new DateTime(2030, 3, 15, 23, 0, 0)], await TimersAsync(loan.Id));

        Clock.Advance(new DateTime(2030, 3, 15, 23, 0, 1, DateTimeKind.Utc) - Clock.GetUtcNow().UtcDateTime);
        var overdue = await EventuallyAsync(loan.Id, LendingStatus.Overdue);
        Assert.Equal(LendingStatus.Overdue, overdue.Status);

        // It is still the 15th in UTC, but the list's due facet counts days where the loan went overdue.
        async Task<List<Guid>> Due(string bucket) =>
            (await (await Client.GetAsync($"/api/lending-requests?due={bucket}")).ReadAsync<LendingRequestPage>(HttpStatusCode.OK)).Items
            .Select(r => r.Id).ToList();
        Assert.Equal([loan.Id], await Due("overdue"));
        Assert.Equal([loan.Id], await Due("yesterday"));
        Assert.Empty(await Due("today"));
    }

    [Fact]
    public void An_unknown_time_zone_stops_start_up_naming_the_setting()
    {
        var error = Record.Exception(() => LibraryHost.Start(new Dictionary<string, string?> { ["Lending:TimeZone"] = "Mars/Olympus_Mons" }));
        Assert.NotNull(error);
        var text = "";
        for (var e = error; e is not null; e = e.InnerException) text += e.Message + "\n";
        Assert.Contains("Lending:TimeZone", text);
    }

    private static System.Text.Json.Nodes.JsonObject Request(string neededBy = "2030-03-31", string partnerCode = LendingApi.EmailPartner)
    {
        var body = LendingApi.NewLendingRequest(partnerCode: partnerCode);
        body["neededBy"] = neededBy;
        return body;
    }

    /// <summary>A physical loan of two items the partner has received.</summary>
    private async Task<LendingRequestView> LoanAsync(string dueDate, string partnerCode = LendingApi.EmailPartner)
    {
        var created = await Client.CreateLendingAsync(Request(partnerCode: partnerCode));
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment(dueDate, "39001000999", "39001000998"));
        return await Client.ActAsync(created.Id, "received-by-partner");
    }

    private Task<LendingRequestView> EventuallyAsync(Guid id, LendingStatus status) =>
        Host.EventuallyAsync(() => Client.GetLendingAsync(id), r => r.Status == status);

    /// <summary>When the request's workflow timers are due, in UTC: the deadline it waits for.</summary>
    private async Task<List<DateTime>> TimersAsync(Guid requestId)
    {
        var trace = await Host.ServiceAsync<WorkflowTraces, WorkflowTrace?>(traces => traces.FindAsync(requestId.ToString(), LendingWorkflow.Id));
        return trace!.Waiting.Where(w => w.DueAt is not null).Select(w => w.DueAt!.Value).ToList();
    }
}
