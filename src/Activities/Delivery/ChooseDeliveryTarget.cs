using System.ComponentModel;
using Library.Persistence;
using Library.Digitization;
using Library.Rules;
using Workflows.Activities;

namespace Library.Delivery;

/// <summary>Follows the outcome named after the delivery target the request's profile rule chose.</summary>
[Description("Branches by the request's digitization target.")]
[Outcomes(nameof(DigitizationTarget.DocumentDeliveryAttachment), nameof(DigitizationTarget.DocumentDeliveryLink), nameof(DigitizationTarget.DigitalInventory))]
public sealed class ChooseDeliveryTarget(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        return ActivityResult.Outcome(request.Routing.Target.ToString());
    }
}
