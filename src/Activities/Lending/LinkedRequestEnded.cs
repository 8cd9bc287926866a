using System.ComponentModel;
using System.Text.Json;
using Library.Persistence;
using Workflows.Activities;
using Workflows.StateMachines;

namespace Library.Lending;

/// <summary>
/// A move or digitization the request started has ended (the definition's <see cref="MachineAction.ChildEnded"/>
/// action): its alert says how. A completed digitization with a file to send, for a requester with an e-mail, is
/// <see cref="Ship"/>: where the definition lets it, <see cref="ShipDigitizedFile"/> ships it as ship-digitally would.
/// </summary>
[Description("Records that a move or digitization the lending request started has ended.")]
[Outcomes(Ship, Keep)]
public sealed class LinkedRequestEnded(LibraryDbContext db, LinkedRequests links) : Activity
{
    public const string Ship = "Ship", Keep = "Keep";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.LendingRequestOfAsync(context);
        var payload = context.ActionPayload!;
        var alert = LinkedRequests.Ended(request, payload[MachineAction.ChildPayload]!.GetValue<string>(), payload["cancelled"]?.GetValue<bool>() == true, context.UtcNow);
        context.Note = alert.Message;
        if (alert is not { Kind: LinkedRequestKind.Digitization, State: LinkedRequestState.Completed }) return ActivityResult.Outcome(Keep);
        var shipment = new LendingCommand(EnumNames<LendingAction>.Of(LendingAction.ShipDigitally), Shipment: await links.ShipmentOfAsync(alert, context.CancellationToken));
        if (shipment.Shipment is null || LendingChecks.Refusal(request, shipment, context.Actor) is not null)
        {
            context.Note = $"{alert.Message}; not shipped automatically";
            return ActivityResult.Outcome(Keep);
        }
        context.SetVariable(ShipDigitizedFile.ShipmentVariable, JsonSerializer.SerializeToNode(shipment, DefinitionJson.Options));
        return ActivityResult.Outcome(Ship);
    }
}
