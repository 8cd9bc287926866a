using System.ComponentModel;
using Library.Digitization;
using Workflows.Activities;

namespace Library.Digitizing;

/// <summary>
/// Waits while the item is being digitized, until staff choose Next Step; or, for an electronic request, until they
/// change it to physical digitization (<see cref="InventoryChange"/>).
/// </summary>
[Description("Waits for staff to choose Next Step.")]
[Outcomes(Outcomes.Done, Physical)]
[WaitsFor(DigitizationBookmarks.NextStep)]
public sealed class NextStep : Activity
{
    public const string Physical = nameof(DigitizationInventory.Physical);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(DigitizationBookmarks.NextStep, context.CorrelationId!)));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (InventoryChange.From(resumption.Payload) is { To: DigitizationInventory.Physical } change)
        {
            context.Note = change.Describe();
            return ValueTask.FromResult(ActivityResult.Outcome(Physical));
        }
        context.Note = StatusChange.From(resumption.Payload)?.Describe() ?? "Next Step";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
