using Library.Lending;

namespace Library.Tests.Lending;

/// <summary>The lending status machine on its own, without the service.</summary>
public sealed class LendingTransitionTests
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
    public void Conditions_interrupting_Locate_Failed_return_to_Locate_Failed_when_accepted()
    {
        var request = Request(LendingStatus.LocateFailed);
        LendingSteps.Apply(request, new LendingCommand(LendingAction.Conditional, Reason: "Library use only", ReplyBy: new DateOnly(2026, 12, 1)), new LendingSettings(), "anna", Now);
        var reply = LendingSteps.Apply(request, new LendingCommand(LendingAction.ConditionalReply, Accept: true), new LendingSettings(), "anna", Now);
        Assert.Equal((LendingStatus.Conditional, LendingStatus.LocateFailed), (reply.From, reply.To));
        Assert.Null(request.InterruptedStatus);
    }

    [Fact]
    public void Applying_a_refused_action_throws_and_changes_nothing()
    {
        var request = Request(LendingStatus.RequestCompleted);
        var error = Assert.Throws<InvalidOperationException>(() =>
            LendingSteps.Apply(request, new LendingCommand(LendingAction.CheckIn, InternalNote: "again"), new LendingSettings(), "anna", Now));
        Assert.Contains("Request Completed", error.Message);
        Assert.Equal(LendingStatus.RequestCompleted, request.Status);
        Assert.Empty(request.Notes);
    }

    [Fact]
    public void Bookkeeping_actions_are_allowed_in_every_status_and_status_actions_only_in_some()
    {
        foreach (var action in new[] { LendingAction.Notes, LendingAction.Assign, LendingAction.PartnerEmail, LendingAction.Release })
            Assert.Null(LendingTransitions.From(action));
        foreach (var action in Enum.GetValues<LendingAction>().Where(a => LendingTransitions.From(a) is not null))
            Assert.NotEqual(Enum.GetValues<LendingStatus>().Length, LendingTransitions.From(action)!.Count);
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
        Assert.Equal((LendingStatus.Overdue, PartnerEvent.Overdue), (lapse.To, lapse.PartnerEvent));
        LendingSteps.Apply(request, new LendingCommand(LendingAction.RenewRequested), new LendingSettings(), "anna", Now);
        Assert.Null(LendingDeadline.Of(request, TimeZoneInfo.Utc));

        LendingSteps.Apply(request, new LendingCommand(LendingAction.Renew, DueDate: new DateOnly(2030, 4, 15)), new LendingSettings(), "anna", Now);
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

    [Fact]
    public void Shipping_ends_as_the_partners_profile_says()
    {
        var awaiting = Request(LendingStatus.WillSupply, awaitDigitalReceipt: true);
        Assert.Equal(LendingStatus.ShippedDigitally,
            LendingSteps.Apply(awaiting, new LendingCommand(LendingAction.ShipNonReturnable), new LendingSettings(), "anna", Now).To);
        var notAwaiting = Request(LendingStatus.WillSupply);
        var step = LendingSteps.Apply(notAwaiting, new LendingCommand(LendingAction.ShipNonReturnable), new LendingSettings(), "anna", Now);
        Assert.Equal((LendingStatus.RequestCompleted, PartnerEvent.ShippedNonReturnable), (step.To, step.PartnerEvent));
    }
}
