using System.ComponentModel;
using Library.Persistence;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// Tells the partner what the lending definition names (<see cref="Event"/>): an e-mail partner by letter, queued in the
/// step's transaction and sent after commit; an ISO partner by the ISO 18626 message recorded on the request (nothing
/// goes over the network). Staff's own e-mails go to any partner with an address.
/// </summary>
[Description("Tells the partner library of the last action, by e-mail or ISO 18626 message.")]
public sealed class NotifyPartner(LibraryDbContext db) : Activity
{
    [Description("What the partner is told: the letter an e-mail partner gets, the ISO 18626 message an ISO partner gets.")]
    public required Input<PartnerEvent> Event { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.LendingRequestOfAsync(context);
        var partnerEvent = context.Get(Event);

        if (request.Partner.ProfileType == PartnerProfileType.ISO && partnerEvent != PartnerEvent.Communication)
        {
            if (IsoMessages.For(partnerEvent, request) is not { } message)
            {
                context.Note = $"{partnerEvent}: no ISO message";
                return ActivityResult.Done;
            }
            message.Note = request.Notes.LastOrDefault(n => n.Kind == NoteKind.ToPartner && n.At == request.UpdatedAt)?.Text
                           ?? partnerEvent switch
                           {
                               PartnerEvent.Conditional => $"Conditional: {request.ConditionReason}",
                               PartnerEvent.Damaged => "Item reported damaged",
                               _ => null,
                           };
            message.At = context.UtcNow;
            request.IsoMessages.Add(message);
            context.Note = $"ISO 18626 {message.ReasonForMessage}/{message.Status} recorded for {request.Partner.Code}";
            return ActivityResult.Done;
        }

        if (PartnerLetters.Compose(partnerEvent, request) is not { } letter)
        {
            context.Note = $"{partnerEvent}: no letter";
            return ActivityResult.Done;
        }
        context.SendEmail(letter);
        context.Note = $"\"{letter.Subject}\" sent to {request.Partner.Email}";
        return ActivityResult.Done;
    }
}
