using System.ComponentModel;
using System.Text.Json;
using Library.Persistence;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// Ships the file of a completed digitization to the partner as the ship-digitally action would, when
/// <see cref="LinkedRequestEnded"/> found one to ship; otherwise the request stays as it is.
/// </summary>
[Description("Ships a completed digitization's file to the lending partner.")]
public sealed class ShipDigitizedFile(LibraryDbContext db, IOptions<LendingSettings> settings) : Activity
{
    /// <summary>The shipment <see cref="LinkedRequestEnded"/> leaves for this activity, cleared once used.</summary>
    public const string ShipmentVariable = "digitizedShipment";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var command = context.Variables[ShipmentVariable]?.Deserialize<LendingCommand>(DefinitionJson.Options);
        if (command is null) return ActivityResult.Done;
        context.Variables.Remove(ShipmentVariable);
        var request = await db.LendingRequestOfAsync(context);
        var step = LendingSteps.Apply(request, command, ApplyLendingAction.Entering(context), settings.Value, context.Actor, context.UtcNow);
        context.Note = step.Note;
        LendingTimers.Set(context, request, settings.Value.InstitutionTimeZone());
        return ActivityResult.Done;
    }
}
