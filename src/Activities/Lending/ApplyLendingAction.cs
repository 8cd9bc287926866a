using System.ComponentModel;
using System.Text.Json;
using Library.Digitization;
using Library.Persistence;
using Library.Rules;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// Applies the staff action or partner message the lending definition's action carries (its payload is the
/// <see cref="LendingCommand"/>): the checks that are not the process's shape, then what the action records, the
/// status the definition leads to, the children it starts and the deadlines it sets. What the partner is told is the
/// definition's too: a <see cref="NotifyPartner"/> after it names it.
/// </summary>
[Description("Applies a staff action or partner message to the lending request and records it.")]
public sealed class ApplyLendingAction(LibraryDbContext db, IOptions<LendingSettings> settings, LinkedRequests links) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var command = context.ActionPayload?.Deserialize<LendingCommand>(DefinitionJson.Options)
                      ?? throw new InvalidOperationException("A lending action needs a command.");
        var request = await db.LendingRequestOfAsync(context);
        // The endpoint asked before resuming; a concurrent action may have changed the request since. Declining saves
        // nothing and keeps the status's actions open, and the caller hears why, as from the endpoint's check.
        if (LendingChecks.Refusal(request, command, context.Actor) is { } refusal)
            return ActivityResult.Decline($"{refusal}; lending request {request.Id} is in status {request.Status.DisplayName()}.");
        DigitizationRequest? digitization = null;
        if (command.Known == LendingAction.DigitizationRequest)
        {
            // The endpoint asked the library's policy too; the rules may have changed since.
            var (decision, created) = await links.DigitizationAsync(request, command.Department!, command.InternalNote, context.UtcNow, context.CancellationToken);
            if (decision is PolicyDecision.Refused refused)
                return ActivityResult.Decline($"digitization-request refused: {refused.Reason}.");
            digitization = created;
        }
        var to = Entering(context);
        var step = LendingSteps.Apply(request, command, to, settings.Value, context.Actor, context.UtcNow);
        context.Note = step.Note;
        if (command.Known == LendingAction.MoveRequest)
            await links.StartMoveAsync(request, command.MoveTo!, command.InternalNote, context);
        if (digitization is not null)
            await links.StartDigitizationAsync(request, digitization, context);
        LendingTimers.Set(context, request, settings.Value.InstitutionTimeZone());
        return ActivityResult.Done;
    }

    /// <summary>The status the definition leads to, as the request stores it for lists and facets.</summary>
    public static LendingStatus Entering(ActivityContext context) =>
        LendingStatuses.TryParse(context.Entering, out var status)
            ? status
            : throw new InvalidOperationException($"The lending definition leads to '{context.Entering}', which is not a lending status.");
}
