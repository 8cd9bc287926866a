using System.ComponentModel;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>The partner's answer the action carries (<c>"accept"</c>), for the definition to lead each answer its own way.</summary>
[Description("Reads whether the partner accepted (conditions, or the lender's answer to a cancellation).")]
[Outcomes(Accepted, Declined)]
public sealed class PartnerAnswer : Activity
{
    public const string Accepted = "Accepted", Declined = "Declined";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(context.ActionPayload?["accept"]?.GetValue<bool>() == true ? Accepted : Declined));
}
