using Library.Lending;

namespace Library.Tests.Lending;

/// <summary>What lending's actions and deadlines do to a request, without the service; the definition decides the statuses.</summary>
public sealed class LendingStepTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    private static LendingRequest Request(LendingStatus status, bool awaitDigitalReceipt = false) => new()
    {
        Id = Guid.NewGuid(),
        Partner = new LendingPartner { Code = "BRL01", Name = "Bibliothèque Royale", Email = "ill@partner.example", Profile = new PartnerWorkflowProfile { AwaitDigitalReceipt = awaitDigitalReceipt } },
        ExternalId = "ILL-1",
        Item = new LendingItem { Barcode = "39001000999", Title = "Principles of computer science", Library = "LAW", Location = "RES" },
        Status = status,
    };

    [Fact]
    public void Conditions_record_the_status_they_interrupt_and_forget_it_once_answered()
    {
        var request = Request(LendingStatus.LocateFailed);
        LendingSteps.Apply(request, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.Conditional), Reason: "Library use only", ReplyBy: new DateOnly(2026, 12, 1)), LendingStatus.Conditional, new LendingSettings(), "anna", Now);
        Assert.Equal(LendingStatus.LocateFailed, request.InterruptedStatus);
        var reply = LendingSteps.Apply(request, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.ConditionalReply), Accept: true), LendingStatus.LocateFailed, new LendingSettings(), "anna", Now);
        Assert.Equal("conditional-reply: Conditional → Locate Failed; the partner accepted the conditions", reply.Note);
        Assert.Null(request.InterruptedStatus);
    }

    [Fact]
    public void A_date_ends_at_midnight_in_the_institutions_time_zone_summer_time_included()
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        Assert.Equal(new DateTime(2030, 3, 15, 23, 0, 0), LendingDeadline.EndOf(new DateOnly(2030, 3, 15), brussels));
        Assert.Equal(new DateTime(2030, 7, 15, 22, 0, 0), LendingDeadline.EndOf(new DateOnly(2030, 7, 15), brussels));
        Assert.Equal(new DateTime(2030, 7, 16, 0, 0, 0), LendingDeadline.EndOf(new DateOnly(2030, 7, 15), TimeZoneInfo.Utc));
        // Santiago skips its midnight when summer time starts (2030-09-08): the day ends at 01:00 local time.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        Assert.Equal(new DateTime(2030, 9, 8, 4, 0, 0), LendingDeadline.EndOf(new DateOnly(2030, 9, 7), santiago));
    }

    [Fact]
    public void A_due_date_passes_once_and_a_renewal_sets_the_next_deadline()
    {
        var request = Request(LendingStatus.ReceivedByPartner);
        request.DueDate = new DateOnly(2030, 3, 15);
        var deadline = LendingDeadline.Of(request, TimeZoneInfo.Utc)!;
        Assert.Equal((LendingDeadlineKind.Overdue, new DateOnly(2030, 3, 15)), (deadline.Kind, deadline.Date));

        var lapse = LendingSteps.Lapse(request, deadline, Now);
        Assert.Equal(LendingStatus.Overdue, lapse.To);
        LendingSteps.Apply(request, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.RenewRequested)), LendingStatus.RenewRequested, new LendingSettings(), "anna", Now);
        Assert.Null(LendingDeadline.Of(request, TimeZoneInfo.Utc));

        LendingSteps.Apply(request, new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.Renew), DueDate: new DateOnly(2030, 4, 15)), LendingStatus.ReceivedByPartner, new LendingSettings(), "anna", Now);
        Assert.Equal(new DateOnly(2030, 4, 15), LendingDeadline.Of(request, TimeZoneInfo.Utc)?.Date);
    }

    [Fact]
    public void Only_a_request_not_shipped_waits_for_its_needed_by_date()
    {
        var conditional = Request(LendingStatus.Conditional);
        conditional.NeededBy = new DateOnly(2030, 3, 10);
        conditional.InterruptedStatus = LendingStatus.WillSupply;
        var deadline = LendingDeadline.Of(conditional, TimeZoneInfo.Utc)!;
        Assert.Equal(LendingDeadlineKind.Expiry, deadline.Kind);
        LendingSteps.Lapse(conditional, deadline, Now);
        Assert.Equal((LendingStatus.Expired, false, (LendingStatus?)null), (conditional.Status, conditional.Active, conditional.InterruptedStatus));

        foreach (var status in new[] { LendingStatus.CancelReply, LendingStatus.Overdue, LendingStatus.ShippedDigitally, LendingStatus.Expired, LendingStatus.Damaged })
        {
            var other = Request(status);
            other.NeededBy = new DateOnly(2030, 3, 10);
            other.DueDate = new DateOnly(2030, 3, 10);
            Assert.Null(LendingDeadline.Of(other, TimeZoneInfo.Utc));
        }
    }
}
