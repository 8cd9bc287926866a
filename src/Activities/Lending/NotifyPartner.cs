using System.ComponentModel;
using Library.Iso18626;
using Library.Letters;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Activities;
using Workflows.Http;
using Workflows.Mail;

namespace Library.Lending;

/// <summary>
/// Tells the partner what the lending definition names (<see cref="Event"/>): an e-mail partner by letter, an ISO partner
/// by an ISO 18626 supplyingAgencyMessage posted to its ISO endpoint; either is queued in the step's transaction and
/// sent after commit. The ISO message is kept on the request with its XML under the id of the post that delivers it, in
/// order per request, so the partner's confirmation lands on it (<see cref="IsoConfirmationReceipt"/>). Staff's own
/// e-mails go to any partner with an address.
/// </summary>
[Description("Tells the partner library of the last action, by e-mail or ISO 18626 message.")]
public sealed class NotifyPartner(LibraryDbContext db, IOptions<LendingSettings> settings, LetterComposer letters) : Activity
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
            // A status request changes nothing, so the newest note to the partner belongs to an earlier message.
            message.Note = partnerEvent == PartnerEvent.StatusRequested ? null
                : request.Notes.LastOrDefault(n => n.Kind == NoteKind.ToPartner && n.At == request.UpdatedAt)?.Text
                  ?? partnerEvent switch
                  {
                      PartnerEvent.Conditional => $"Conditional: {request.ConditionReason}",
                      PartnerEvent.Damaged => "Item reported damaged",
                      _ => null,
                  };
            message.At = context.UtcNow;
            request.IsoMessages.Add(message);
            var recorded = $"ISO 18626 {message.ReasonForMessage}/{message.Status} recorded for {request.Partner.Code}";
            context.Note = await SendAsync(context, message, request) is { } notSent ? $"{recorded}, not sent: {notSent}" : $"{recorded} and sent";
            return ActivityResult.Done;
        }

        if (LetterKinds.Of(partnerEvent) is not { } kind)
        {
            context.Note = $"{partnerEvent}: no letter";
            return ActivityResult.Done;
        }
        var letter = await letters.ComposeAsync(kind, request.Partner.Language, PartnerLetters.ModelOf(partnerEvent, request), context.CancellationToken);
        if (letter is null)
        {
            context.Note = $"{kind.Name} not sent: the letter is disabled";
            return ActivityResult.Done;
        }
        context.SendEmail(new EmailMessage([request.Partner.Email!], letter.Subject, letter.Body, PartnerLetters.FilesOf(partnerEvent, request)));
        context.Note = $"\"{letter.Subject}\" sent to {request.Partner.Email}";
        return ActivityResult.Done;
    }

    /// <summary>Writes the message's XML and queues it to the partner's ISO endpoint; why not, when it cannot be sent.</summary>
    private async Task<string?> SendAsync(ActivityContext context, IsoMessage message, LendingRequest request)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Code == request.Partner.Code, context.CancellationToken);
        if (!IsoAgencyId.TryParse(settings.Value.IsoSymbol, out var us)) return "the setting Lending:IsoSymbol (our agency id) is not set";
        if (!IsoAgencyId.TryParse(partner?.IsoSymbol, out var them)) return $"partner {request.Partner.Code} has no ISO symbol";
        message.Xml = Iso18626Writer.Write(IsoSupplyingMessage.For(message, request, us, them, settings.Value.InstitutionTimeZone()));
        if (!Uri.TryCreate(partner!.IsoEndpoint, UriKind.Absolute, out var endpoint)) return $"partner {request.Partner.Code} has no ISO endpoint";
        await context.PostHttpAsync(new HttpPost(message.Id, endpoint, "application/xml", message.Xml, request.Id.ToString()));
        return null;
    }
}
