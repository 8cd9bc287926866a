using System.ComponentModel;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// Whether staff shipping a file asked to complete the request at once (<c>"completeRequest"</c>), rather than wait for
/// the partner's receipt that its profile awaits.
/// </summary>
[Description("Reads whether a digital shipment completes the request at once or awaits the partner's receipt.")]
[Outcomes(Complete, AwaitReceipt)]
public sealed class CompleteRequestAsked : Activity
{
    public const string Complete = "Complete", AwaitReceipt = "AwaitReceipt";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(context.ActionPayload?["completeRequest"]?.GetValue<bool>() == true ? Complete : AwaitReceipt));
}
