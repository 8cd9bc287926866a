using System.ComponentModel;
using System.Text.Json;
using Library.Persistence;
using Library.Digitization;
using Library.Rules;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// Waits for the next staff action or partner message on the request (one bookmark for all of them) and applies it
/// through <see cref="LendingSteps"/>. Whether the partner must hear of it decides the outcome.
/// </summary>
[Description("Waits for the next action on a lending request and applies it.")]
[Outcomes(Acted, TellPartner)]
[WaitsFor(Bookmark, RunWorkflow.BookmarkName, Workflows.Activities.Timer.BookmarkName)]
public sealed class AwaitLendingAction(LibraryDbContext db, IOptions<LendingSettings> settings, LinkedRequests links) : Activity
{
    public const string Acted = "Acted";
    public const string TellPartner = "TellPartner";

    /// <summary>The bookmark's name; its key is the request id.</summary>
    public const string Bookmark = "LendingAction";

    /// <summary>The workflow variable <see cref="NotifyPartner"/> reads.</summary>
    public const string PartnerEventVariable = "partnerEvent";

    /// <summary>
    /// Besides the actions, waits for the end of every child the request started and for the request's deadline (its
    /// due date or needed-by date): one wait, so whichever comes first runs this step, and the step waits again for the
    /// rest, on the deadline the request has then.
    /// </summary>
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.LendingRequestOfAsync(context);
        var deadline = LendingDeadline.Of(request, settings.Value.InstitutionTimeZone());
        context.Note = deadline?.ToString();
        return ActivityResult.Wait([
            new BookmarkRequest(Bookmark, context.CorrelationId!), .. LinkedRequests.EndsAwaited(request),
            .. deadline is null ? [] : new[] { deadline.Bookmark(request.Id) }]);
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (resumption.BookmarkName == Workflows.Activities.Timer.BookmarkName) return await LapseAsync(context);
        if (resumption.BookmarkName == RunWorkflow.BookmarkName)
        {
            var ended = await db.LendingRequestOfAsync(context);
            var alert = LinkedRequests.Ended(ended, resumption, context.UtcNow);
            context.Note = alert.Message;
            return alert is { Kind: LinkedRequestKind.Digitization, State: LinkedRequestState.Completed }
                ? await ShipDigitizedAsync(ended, alert, context)
                : ActivityResult.Outcome(Acted);
        }
        var command = resumption.Payload.Deserialize<LendingCommand>(DefinitionJson.Options)
                      ?? throw new InvalidOperationException("A lending action needs a command.");
        var request = await db.LendingRequestOfAsync(context);
        // The endpoint asked the same question before resuming; a concurrent action may have moved the request since.
        // Declining saves nothing and keeps the workflow waiting, and the caller hears why, as from the endpoint's check.
        if (LendingTransitions.Refusal(request, command, context.Actor) is { } refusal)
            return ActivityResult.Decline($"{refusal}; lending request {request.Id} is in status {request.Status.DisplayName()}.");
        DigitizationRequest? digitization = null;
        if (command.Action == LendingAction.DigitizationRequest)
        {
            // The endpoint asked the library's policy too; the rules may have changed since.
            var (decision, created) = await links.DigitizationAsync(request, command.Department!, command.InternalNote, context.UtcNow, context.CancellationToken);
            if (decision is PolicyDecision.Refused refused)
                return ActivityResult.Decline($"digitization-request refused: {refused.Reason}.");
            digitization = created;
        }
        var step = LendingSteps.Apply(request, command, settings.Value, context.Actor, context.UtcNow);
        context.Note = step.Note;
        if (command.Action == LendingAction.MoveRequest)
            await links.StartMoveAsync(request, command.MoveTo!, command.InternalNote, context);
        if (digitization is not null)
            await links.StartDigitizationAsync(request, digitization, context);
        return Outcome(step, context);
    }

    /// <summary>
    /// A completed digitization ships its file to the partner as the ship-digitally action would; if staff shipped or
    /// closed the request meanwhile, the alert is all that changes.
    /// </summary>
    private async Task<ActivityResult> ShipDigitizedAsync(LendingRequest request, LendingAlert alert, ActivityContext context)
    {
        var command = new LendingCommand(LendingAction.ShipDigitally, Shipment: await links.ShipmentOfAsync(alert, context.CancellationToken));
        if (command.Shipment is null || LendingTransitions.Refusal(request, command, context.Actor) is not null)
        {
            context.Note = $"{alert.Message}; not shipped automatically, the request is in status {request.Status.DisplayName()}";
            return ActivityResult.Outcome(Acted);
        }
        var step = LendingSteps.Apply(request, command, settings.Value, context.Actor, context.UtcNow);
        context.Note = $"{alert.Message}; {step.Note}";
        return Outcome(step, context);
    }

    /// <summary>
    /// The deadline is read again from the request, which has not changed since the wait began (every change resumes
    /// this wait first).
    /// </summary>
    private async Task<ActivityResult> LapseAsync(ActivityContext context)
    {
        var request = await db.LendingRequestOfAsync(context);
        if (LendingDeadline.Of(request, settings.Value.InstitutionTimeZone()) is not { } deadline || deadline.DueAtUtc > context.UtcNow)
        {
            context.Note = $"timer: no deadline has passed in status {request.Status.DisplayName()}";
            return ActivityResult.Outcome(Acted);
        }
        var step = LendingSteps.Lapse(request, deadline, context.UtcNow);
        context.Note = step.Note;
        return Outcome(step, context);
    }

    private static ActivityResult Outcome(LendingStep step, ActivityContext context)
    {
        if (step.PartnerEvent is not { } partnerEvent) return ActivityResult.Outcome(Acted);
        context.SetVariable(PartnerEventVariable, partnerEvent.ToString());
        return ActivityResult.Outcome(TellPartner);
    }
}
