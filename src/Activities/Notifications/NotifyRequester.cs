using System.ComponentModel;
using Library.Delivery;
using Library.Persistence;
using Library.Digitization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Notifications;

/// <summary>Sends the requester a letter; the e-mail is queued in the step's transaction and sent after commit.</summary>
[Description("E-mails the requester a letter.")]
public sealed class NotifyRequester(LibraryDbContext db, IOptions<DeliveryOptions> delivery) : Activity
{
    public required Input<Letter> Letter { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var letter = context.Get(Letter);
        var message = LetterComposer.Compose(letter, request, await DetailsAsync(letter, request, context.CancellationToken));
        context.SendEmail(message);
        context.Note = $"{letter} sent to {request.Requester.Email}"
                       + (message.Attachments.Count > 0 ? $" with {message.Attachments.Count} file(s)" : "");
        return ActivityResult.Done;
    }

    private async Task<LetterDetails> DetailsAsync(Letter letter, DigitizationRequest request, CancellationToken ct)
    {
        await db.Entry(request).Collection(r => r.Attachments).LoadAsync(ct);
        var files = request.Attachments.Where(a => a.Purpose == AttachmentPurpose.Delivery).ToList();
        switch (letter)
        {
            case Notifications.Letter.DocumentDeliveryNotification:
                var link = await db.LinkOfAsync(request.Id, ct);
                return new LetterDetails([], delivery.Value.UrlOf(link), link.MaxAccessCount, link.CleanupAt);
            case Notifications.Letter.DigitizationRejected:
                var approval = await db.Approvals.SingleAsync(a => a.RequestId == request.Id, ct);
                return new LetterDetails([], RejectionReason: approval.Reason, RejectionNote: approval.Note);
            default:
                return new LetterDetails(files);
        }
    }
}
