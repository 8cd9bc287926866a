using System.Net;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.Lending;

/// <summary>
/// What the partner asks for on a request (a renewal, a cancellation) and what the lender tells it besides shipping:
/// a recall, a damaged item, the answer to a cancel request.
/// </summary>
public sealed class LendingPartnerRequestTests : HostTest
{
    [Fact]
    public async Task A_renewal_the_partner_asks_for_is_granted_by_renew()
    {
        var loan = await LoanAsync();
        var requested = await Client.ActAsync(loan.Id, "renew-requested", new { internalNote = "asked by e-mail" });
        Assert.Equal(LendingStatus.RenewRequested, requested.Status);
        Assert.Contains(requested.History, h => h.Note == "renew-requested: Received by Partner → Renew Requested; due 2099-01-31; internal note: asked by e-mail");

        var renewed = await Client.ActAsync(loan.Id, "renew", new { dueDate = "2099-03-31" });
        Assert.Equal(LendingStatus.ReceivedByPartner, renewed.Status);
        Assert.Equal(new DateOnly(2099, 3, 31), renewed.DueDate);
        Assert.Contains(renewed.History, h => h.Note == "renew: Renew Requested → Received by Partner; due 2099-01-31 → 2099-03-31");
    }

    [Fact]
    public async Task A_recall_asks_the_partner_to_return_the_items_by_the_new_date()
    {
        var loan = await LoanAsync();
        var recalled = await Client.ActAsync(loan.Id, "recall", new { dueDate = "2099-01-10", partnerNote = "Needed for an exhibition" });
        Assert.Equal(LendingStatus.Recalled, recalled.Status);
        Assert.Equal(new DateOnly(2099, 1, 10), recalled.DueDate);
        Assert.Contains(recalled.History, h => h.Note == "recall: Received by Partner → Recalled; due 2099-01-31 → 2099-01-10; note to partner: Needed for an exhibition");

        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Recall:") == true);
        Assert.Equal("ill@partner.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("39001000999, 39001000998", mail.TextBody);
        Assert.Contains("return them by 2099-01-10", mail.TextBody);
        Assert.Contains("Needed for an exhibition", mail.TextBody);

        await RefusedWithoutChange(() => Client.LendingActionAsync(loan.Id, "renew", new { dueDate = "2099-05-31" }), HttpStatusCode.Conflict, "renew", "Recalled");
        await Client.ActAsync(loan.Id, "returned-by-partner");
        Assert.Equal(LendingStatus.RequestCompleted, (await Client.ActAsync(loan.Id, "check-in")).Status);
    }

    [Fact]
    public async Task A_damaged_item_is_reported_to_the_partner_and_then_checked_in()
    {
        var loan = await LoanAsync();
        await Client.ActAsync(loan.Id, "returned-by-partner");
        var damaged = await Client.ActAsync(loan.Id, "damaged", new { partnerNote = "Water damage on the cover", internalNote = "sent to the bindery" });
        Assert.Equal(LendingStatus.Damaged, damaged.Status);
        Assert.True(damaged.Active);

        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Damaged item:") == true);
        Assert.Contains("39001000999, 39001000998", mail.TextBody);
        Assert.Contains("Water damage on the cover", mail.TextBody);
        Assert.DoesNotContain("bindery", mail.TextBody);

        var done = await Client.ActAsync(loan.Id, "check-in");
        Assert.Equal(LendingStatus.RequestCompleted, done.Status);
        Assert.Contains(done.History, h => h.Note == "check-in: Damaged → Request Completed");
    }

    [Fact]
    public async Task An_accepted_cancel_request_cancels_and_closes_the_request()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "will-supply");
        var asked = await Client.ActAsync(created.Id, "cancel-requested");
        Assert.Equal(LendingStatus.CancelReply, asked.Status);
        Assert.Equal(LendingStatus.WillSupply, asked.CancelRequest?.InterruptedStatus);
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "ship-physically", LendingApi.Shipment()), HttpStatusCode.Conflict, "Cancel Reply");

        var cancelled = await Client.ActAsync(created.Id, "cancel-reply", new { accept = true });
        Assert.Equal(LendingStatus.Cancelled, cancelled.Status);
        Assert.False(cancelled.Active);
        Assert.Null(cancelled.CancelRequest);
        Assert.Contains(cancelled.History, h => h.Note == "cancel-reply: Cancel Reply → Cancelled; cancellation accepted");
        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Cancelled:") == true);
        Assert.Contains("we have cancelled this request", mail.TextBody);

        Assert.Equal(LendingStatus.RequestReactivated, (await Client.ActAsync(created.Id, "reactivate")).Status);
    }

    [Fact]
    public async Task A_declined_cancel_request_restores_the_conditions_it_interrupted()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "will-supply");
        await Client.ActAsync(created.Id, "conditional", new { reason = "Library use only", replyBy = "2099-01-05" });
        await Client.ActAsync(created.Id, "cancel-requested");

        var declined = await Client.ActAsync(created.Id, "cancel-reply", new { accept = false, partnerNote = "Already packed" });
        Assert.Equal(LendingStatus.Conditional, declined.Status);
        Assert.True(declined.Active);
        Assert.Null(declined.CancelRequest);
        Assert.Equal(LendingStatus.WillSupply, declined.Condition?.InterruptedStatus);
        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Cancellation refused:") == true);
        Assert.Contains("Already packed", mail.TextBody);

        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.ActAsync(created.Id, "conditional-reply", new { accept = true })).Status);
    }

    [Fact]
    public async Task An_ISO_partner_gets_ISO_messages_for_a_recall_a_damage_and_cancel_answers()
    {
        var loan = await LoanAsync(partnerCode: LendingApi.IsoPartner);
        await Client.ActAsync(loan.Id, "recall");
        var damaged = await Client.ActAsync(loan.Id, "damaged", new { partnerNote = "Torn pages" });
        var refused = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: LendingApi.IsoPartner));
        await Client.ActAsync(refused.Id, "will-supply");
        await Client.ActAsync(refused.Id, "cancel-requested");
        var goesOn = await Client.ActAsync(refused.Id, "cancel-reply", new { accept = false });
        var accepted = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: LendingApi.IsoPartner));
        await Client.ActAsync(accepted.Id, "cancel-requested");
        var cancelled = await Client.ActAsync(accepted.Id, "cancel-reply", new { accept = true });

        Assert.Equal(
            [("StatusChange", "Loaned", (bool?)null, (string?)"Handle with care"), ("StatusChange", "Recalled", null, null), ("Notification", "Loaned", null, "Torn pages")],
            damaged.IsoMessages.Select(m => (m.ReasonForMessage, m.Status, m.AnswerYesNo, m.Note)).ToList());
        Assert.Equal(("CancelResponse", (string?)"WillSupply", (bool?)false), Last(goesOn));
        Assert.Equal(("CancelResponse", (string?)"Cancelled", (bool?)true), Last(cancelled));
        // The seeded partner has no ISO endpoint: the messages are written and recorded, and the history says why none
        // went out (IsoPartnerMessageTests sends them).
        Assert.Contains(cancelled.History, h => h.Note == "ISO 18626 CancelResponse/Cancelled recorded for NLC01, not sent: partner NLC01 has no ISO endpoint");
        Assert.All(damaged.IsoMessages, m => Iso18626.Iso18626Schema.AssertValid(m.Xml!));
        Assert.Equal(0, await Host.CountRowsAsync("outbox_messages"));
    }

    private static (string, string?, bool?) Last(LendingRequestView request) =>
        (request.IsoMessages[^1].ReasonForMessage, request.IsoMessages[^1].Status, request.IsoMessages[^1].AnswerYesNo);

    /// <summary>A physical loan of two items the partner has received, due 2099-01-31.</summary>
    private async Task<LendingRequestView> LoanAsync(string partnerCode = LendingApi.EmailPartner)
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: partnerCode));
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000999", "39001000998"));
        return await Client.ActAsync(created.Id, "received-by-partner");
    }
}
