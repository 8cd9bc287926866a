using System.Net;
using Library.Lending;
using Library.Tests.Infrastructure;
using MimeKit;

namespace Library.Tests.Lending;

public sealed class LendingPathTests : HostTest
{
    [Fact]
    public async Task A_physical_loan_goes_from_creation_to_check_in()
    {
        var client = await Host.StaffAsync("ill.desk", ("Fulfillment Services Operator", []), ("Circulation Desk Operator", ["MAIN"]));
        var created = await client.CreateLendingAsync();
        Assert.Equal(LendingStatus.LendingRequestCreated, created.Status);
        Assert.True(created.Item.Located);
        Assert.Equal(RequestedFormat.Physical, created.RequestedFormat);
        // The definition waits under the actions open in the status.
        Assert.Contains("will-supply", created.Workflow!.WaitingFor);

        Assert.Equal(LendingStatus.WillSupply, (await client.ActAsync(created.Id, "will-supply")).Status);

        var shipped = await client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000999", "39001000998"));
        Assert.Equal(LendingStatus.ShippedPhysically, shipped.Status);
        Assert.Equal(new DateOnly(2099, 1, 31), shipped.DueDate);
        Assert.Equal(["39001000999", "39001000998"], shipped.ShippedBarcodes);
        Assert.Contains(shipped.Notes, n => n.Kind == NoteKind.Internal && n.Text == "packed in box 3" && n.Author == "ill.desk");
        var shipMail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Shipped:") == true);
        Assert.Equal("ill@partner.example", shipMail.To.Mailboxes.Single().Address);
        Assert.Contains("2099-01-31", shipMail.TextBody);
        Assert.Contains("Handle with care", shipMail.TextBody);

        Assert.Equal(LendingStatus.ReceivedByPartner, (await client.ActAsync(created.Id, "received-by-partner")).Status);
        Assert.Equal(LendingStatus.ReturnedByPartner, (await client.ActAsync(created.Id, "returned-by-partner")).Status);
        var done = await client.ActAsync(created.Id, "check-in", new { internalNote = "shelved again" });
        Assert.Equal(LendingStatus.RequestCompleted, done.Status);
        await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Returned item checked in") == true);

        var notes = done.History.Select(h => h.Note).ToList();
        Assert.Contains("Lending Request Created: Principles of computer science at LAW/RES", notes);
        Assert.Contains("will-supply: Lending Request Created → Will Supply", notes);
        Assert.Contains(notes, n => n?.StartsWith("ship-physically: Will Supply → Shipped Physically; due 2099-01-31") == true);
        Assert.Contains("received-by-partner: Shipped Physically → Received by Partner", notes);
        Assert.Contains("returned-by-partner: Received by Partner → Returned by Partner", notes);
        Assert.Contains("check-in: Returned by Partner → Request Completed; internal note: shelved again", notes);
        Assert.All(done.History, h => Assert.Equal("ill.desk", h.Actor));
        var read = await client.GetLendingAsync(created.Id);
        Assert.Equal((done.Status, done.History.Count, done.Notes.Count), (read.Status, read.History.Count, read.Notes.Count));
    }

    [Fact]
    public async Task An_item_not_in_the_catalogue_leaves_the_request_Locate_Failed()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(barcode: "00000000"));
        Assert.Equal(LendingStatus.LocateFailed, created.Status);
        Assert.False(created.Item.Located);
        Assert.Contains(created.History, h => h.Note == "Locate Failed: no item with barcode 00000000");
    }

    [Fact]
    public async Task A_digital_shipment_to_a_partner_awaiting_receipt_waits_for_the_receipt()
    {
        var awaiting = await Client.RegisterPartnerAsync("AWAIT01", awaitDigitalReceipt: true);
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital", awaiting));
        var file = Api.FileOf(40 * 1024);
        var shipped = await (await Client.ShipDigitallyAsync(created.Id, file)).ReadAsync<Host.Contracts.LendingRequestView>(HttpStatusCode.OK);
        Assert.Equal(LendingStatus.ShippedDigitally, shipped.Status);
        Assert.Equal("chapter-2.pdf", Assert.Single(shipped.DigitalShipment!.Files).FileName);
        Assert.Equal("Single copy for research", shipped.DigitalShipment?.TermsOfUse);

        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Shipped digitally:") == true);
        Assert.Equal("ill@partner.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Terms of use: Single copy for research", mail.TextBody);
        var sent = Assert.Single(mail.Attachments.OfType<MimePart>());
        using var bytes = new MemoryStream();
        await sent.Content!.DecodeToAsync(bytes);
        Assert.Equal(file, bytes.ToArray());

        Assert.Equal(LendingStatus.RequestCompleted, (await Client.ActAsync(created.Id, "received-by-partner")).Status);
    }

    [Theory]
    [InlineData(false, null, LendingStatus.RequestCompleted)]
    [InlineData(true, true, LendingStatus.RequestCompleted)]
    [InlineData(true, false, LendingStatus.ShippedDigitally)]
    public async Task A_digital_shipment_completes_unless_the_partner_awaits_receipt(bool awaitReceipt, bool? completeRequest, LendingStatus expected)
    {
        var partner = awaitReceipt ? await Client.RegisterPartnerAsync("AWAIT01", awaitDigitalReceipt: true) : LendingApi.EmailPartner;
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital", partner));
        var shipped = await (await Client.ShipDigitallyAsync(created.Id, url: "https://files.example.org/ch2.pdf", completeRequest: completeRequest))
            .ReadAsync<Host.Contracts.LendingRequestView>(HttpStatusCode.OK);
        Assert.Equal(expected, shipped.Status);
        Assert.Equal("https://files.example.org/ch2.pdf", shipped.DigitalShipment?.Url);
        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Shipped digitally:") == true);
        Assert.Contains("https://files.example.org/ch2.pdf", mail.TextBody);
    }

    [Theory]
    [InlineData("PhysicalNonReturnable", LendingStatus.ShippedPhysically)]
    [InlineData("Physical", LendingStatus.ShippedPhysically)]
    [InlineData("Digital", LendingStatus.RequestCompleted)]
    public async Task A_non_returnable_copy_of_a_physical_resource_is_Shipped_Physically_and_of_a_digital_one_completes(string format, LendingStatus expected)
    {
        // Alma: Managing Resource Sharing Lending Requests, "Ship non-returnable": Shipped Physically for physical
        // resources; Shipped Digitally or Request Completed by the profile's awaiting of digital receipt (off here).
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(format));
        var shipped = await Client.ActAsync(created.Id, "ship-non-returnable");
        Assert.Equal(expected, shipped.Status);
        Assert.Null(shipped.DueDate);
        await Host.Mail.WaitForAsync(m => m.To.ToString().Contains(created.Partner.Email!) && m.TextBody?.Contains("non-returnable") == true);
    }

    [Fact]
    public async Task A_rejection_tells_the_partner_why_and_closes_the_request()
    {
        var created = await Client.CreateLendingAsync();
        var rejected = await Client.ActAsync(created.Id, "reject",
            new { reason = "Not available for loan", internalReason = "Too fragile to ship", internalNote = "on loan to a professor", partnerNote = "Try again in March" });
        Assert.Equal(LendingStatus.Rejected, rejected.Status);
        Assert.Equal(("Not available for loan", "Too fragile to ship"), (rejected.RejectionReason, rejected.InternalRejectionReason));
        Assert.False(rejected.Active);
        Assert.Contains(rejected.Notes, n => n.Kind == NoteKind.Internal && n.Text == "on loan to a professor");

        var mail = await Host.Mail.WaitForAsync(m => m.Subject?.StartsWith("Cannot supply:") == true);
        Assert.Equal("ill@partner.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Reason: Not available for loan", mail.TextBody);
        Assert.Contains("Try again in March", mail.TextBody);
        Assert.DoesNotContain("professor", mail.TextBody);
        Assert.DoesNotContain("fragile", mail.TextBody);
    }

    [Fact]
    public async Task Accepted_conditions_return_the_request_to_Lending_Request_Created()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "will-supply");
        var conditional = await Client.ActAsync(created.Id, "conditional", new { reason = "Library use only", replyBy = "2026-12-01", note = "Reading room only" });
        Assert.Equal(LendingStatus.Conditional, conditional.Status);
        Assert.Equal(LendingStatus.WillSupply, conditional.Condition?.InterruptedStatus);
        Assert.Equal(new DateOnly(2026, 12, 1), conditional.Condition?.ReplyBy);

        // Alma: Managing Resource Sharing Lending Requests, "Conditional": on a yes the reply date is cleared and the
        // request returns to Lending Request Created, whichever status the conditions interrupted.
        var accepted = await Client.ActAsync(created.Id, "conditional-reply", new { accept = true });
        Assert.Equal(LendingStatus.LendingRequestCreated, accepted.Status);
        Assert.Null(accepted.Condition);
        Assert.Contains(accepted.History, h => h.Note == "conditional-reply: Conditional → Lending Request Created; the partner accepted the conditions");
    }

    [Fact]
    public async Task Declined_conditions_reject_the_request()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "conditional", new { reason = "Library use only", replyBy = "2026-12-01" });
        var declined = await Client.ActAsync(created.Id, "conditional-reply", new { accept = false });
        Assert.Equal(LendingStatus.Rejected, declined.Status);
        Assert.Equal("Conditions not accepted", declined.RejectionReason);
    }

    [Fact]
    public async Task A_renewal_moves_the_due_date_and_keeps_the_loan_received()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment("2099-01-31"));
        await Client.ActAsync(created.Id, "received-by-partner");
        var renewed = await Client.ActAsync(created.Id, "renew", new { dueDate = "2099-02-28" });
        Assert.Equal(LendingStatus.ReceivedByPartner, renewed.Status);
        Assert.Equal(new DateOnly(2099, 2, 28), renewed.DueDate);
        Assert.Contains(renewed.History, h => h.Note == "renew: Received by Partner; due 2099-01-31 → 2099-02-28");
    }

    [Fact]
    public async Task A_lost_item_is_recorded_and_ends_the_loan()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await Client.ActAsync(created.Id, "received-by-partner");
        var lost = await Client.ActAsync(created.Id, "lost", new { internalNote = "partner reports it lost in transit" });
        Assert.Equal(LendingStatus.Lost, lost.Status);
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "check-in"), HttpStatusCode.Conflict, "Lost");
    }

    [Fact]
    public async Task A_rejected_request_can_be_reactivated()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "reject", new { reason = "Not available for loan" });
        var reactivated = await Client.ActAsync(created.Id, "reactivate");
        Assert.Equal(LendingStatus.RequestReactivated, reactivated.Status);
        Assert.True(reactivated.Active);
        Assert.Equal(LendingStatus.ShippedPhysically, (await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment())).Status);
    }

    [Fact]
    public async Task Reactivation_needs_the_step_in_the_partners_profile()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: await Client.RegisterPartnerAsync("NOREACT", reactivateStep: false)));
        await Client.ActAsync(created.Id, "reject", new { reason = "Not available for loan" });
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "reactivate"), HttpStatusCode.Conflict, "reactivate step", "Rejected");
    }

    [Fact]
    public async Task An_ISO_partner_gets_ISO_18626_messages_recorded_instead_of_letters()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: LendingApi.IsoPartner));
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await Client.ActAsync(created.Id, "received-by-partner");
        await Client.ActAsync(created.Id, "returned-by-partner");
        var done = await Client.ActAsync(created.Id, "check-in");
        Assert.Equal(
            [("StatusChange", "Loaned", (string?)"Handle with care"), ("StatusChange", "LoanCompleted", null)],
            done.IsoMessages.Select(m => (m.ReasonForMessage, m.Status, m.Note)).ToList());
        Assert.Equal(0, await Host.CountRowsAsync("outbox_messages"));
    }

    [Fact]
    public async Task Assignment_is_taken_by_one_operator_and_released()
    {
        var created = await Client.CreateLendingAsync();
        var anna = await Host.StaffAsync("anna", ("Fulfillment Services Operator", []));
        var bert = await Host.StaffAsync("bert", ("Fulfillment Services Operator", []));
        Assert.Equal("anna", (await anna.ActAsync(created.Id, "assign", new { @operator = "anna" })).Assignee);

        await RefusedWithoutChange(() => bert.LendingActionAsync(created.Id, "assign", new { @operator = "bert" }), HttpStatusCode.Conflict, "assigned to anna");

        var released = await anna.ActAsync(created.Id, "release");
        Assert.Null(released.Assignee);
        Assert.Equal(LendingStatus.LendingRequestCreated, released.Status);
        await RefusedWithoutChange(() => anna.LendingActionAsync(created.Id, "release"), HttpStatusCode.Conflict, "not assigned");
    }

    [Fact]
    public async Task An_email_to_the_partner_is_sent_and_kept_on_the_request()
    {
        var created = await Client.CreateLendingAsync();
        var written = await Client.ActAsync(created.Id, "partner-email", new { subject = "Loan period", body = "We lend for four weeks." });
        var communication = Assert.Single(written.Communications);
        Assert.Equal(("ill@partner.example", "Loan period"), (communication.To, communication.Subject));
        var mail = await Host.Mail.WaitForAsync(m => m.Subject == "Loan period");
        Assert.Contains("We lend for four weeks.", mail.TextBody);

        var noted = await Client.ActAsync(created.Id, "notes", new { internalNote = "called them" });
        Assert.Contains(noted.Notes, n => n.Text == "called them");
        Assert.Equal(LendingStatus.LendingRequestCreated, noted.Status);
    }
}
