using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Digitization;

/// <summary>Routes the request by what it is digitized from: a physical item is picked up from its shelf first.</summary>
[Description("Continues by the request's inventory: physical or electronic.")]
[Outcomes(nameof(DigitizationInventory.Physical), nameof(DigitizationInventory.Electronic))]
public sealed class ChooseInventory(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        context.Note = $"{request.Inventory} digitization";
        return ActivityResult.Outcome(request.Inventory.ToString());
    }
}
