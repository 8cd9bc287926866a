using System.ComponentModel;
using Library.Digitization;
using Workflows.Activities;

namespace Library.Digitizing;

/// <summary>Waits while the item is being digitized, until staff choose Next Step.</summary>
[Description("Waits for staff to choose Next Step.")]
[WaitsFor(DigitizationBookmarks.NextStep)]
public sealed class NextStep : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(DigitizationBookmarks.NextStep, context.CorrelationId!)));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        context.Note = StatusChange.From(resumption.Payload)?.Describe() ?? "Next Step";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
