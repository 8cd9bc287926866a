using System.ComponentModel;
using Library.Digitization;
using Library.Persistence;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Moves;

/// <summary>
/// Sends a digitization request's item back to its permanent location once the department is done with it: "once the
/// digitization request is completed, the item is sent back to the circulation desk, where it is scanned, then
/// transferred back to its permanent location" (Alma's French digitization tutorial). A move request through the
/// library's circulation desk carries it, started on its own, so the request itself ends now and the item's way back
/// goes on without it, as in Alma. Run before the request's final status is set, so the status still says whether the
/// item reached the department: one still on its shelf or on its way there has nothing to return, and neither has an
/// electronic request, for which no item moved.
/// </summary>
[Description("Starts the move that takes the item from the department back to its shelf, through the circulation desk.")]
public sealed class ReturnToShelf(LibraryDbContext db, MoveRequests moves, IOptions<ReturnDesks> desks) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        if (request.Inventory == DigitizationInventory.Electronic)
        {
            context.Note = "Electronic digitization: no item to return";
            return ActivityResult.Done;
        }
        if (request.Status is not (DigitizationStatus.Digitization or DigitizationStatus.DocumentDelivery or DigitizationStatus.DigitalInventory))
        {
            context.Note = $"The item never reached department {request.Department} ({request.Status.DisplayName()}): nothing to return";
            return ActivityResult.Done;
        }
        var desk = desks.Value.DeskOf(request.Item.Library);
        var move = moves.Record(new NewMove(request.Item.Barcode, Place.AtDesk(request.Department), Place.Shelf(request.Item.Library, request.Item.Location),
            ViaDesk: desk, ForDigitization: request.Id), context.Actor, context.UtcNow);
        await context.StartInstanceAsync(MoveRequests.WorkflowId, MoveRequests.WorkflowInput(move.Id), move.Id.ToString());
        context.Note = $"Item {request.Item.Barcode} returns to {move.To} through circulation desk {desk}: move request {move.Id}";
        return ActivityResult.Done;
    }
}
