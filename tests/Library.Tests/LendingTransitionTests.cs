using Library.Lending;

namespace Library.Tests;

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
