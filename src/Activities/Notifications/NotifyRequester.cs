using System.ComponentModel;
using Library.Delivery;
using Library.Digitization;
using Library.Letters;
using Library.Persistence;
using Microsoft.Extensions.Options;
using Workflows.Activities;
using Workflows.Mail;

namespace Library.Notifications;

/// <summary>
/// Sends the requester a letter, written from its template in the requester's language; the e-mail is queued in the
/// step's transaction and sent after commit. A disabled letter is not sent, and the step's note says so.
/// </summary>
[Description("E-mails the requester a letter.")]
public sealed class NotifyRequester(LibraryDbContext db, IOptions<DeliveryOptions> delivery, LetterComposer letters) : Activity
{
    public required Input<Letter> Letter { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var letter = context.Get(Letter);
        var details = await db.LetterDetailsAsync(letter, request, delivery.Value, context.CancellationToken);
        if (letter == Notifications.Letter.DocumentDeliveryNotification && details.DownloadUrl is null)
            throw new InvalidOperationException($"Request {request.Id} has no download link for the {EnumNames<Letter>.Of(letter)}.");
        var composed = await letters.ComposeAsync(LetterKinds.Of(letter), request.Requester.Language, RequesterLetterModel.Of(request, details), context.CancellationToken);
        if (composed is null)
        {
            context.Note = $"{letter} not sent to {request.Requester.Email}: the letter is disabled";
            return ActivityResult.Done;
        }
        var files = details.Files.Select(a => new EmailAttachment(a.FileName, a.ContentType, a.StoragePath)).ToList();
        context.SendEmail(new EmailMessage([request.Requester.Email], composed.Subject, composed.Body, files));
        context.Note = $"{letter} sent to {request.Requester.Email}" + (files.Count > 0 ? $" with {files.Count} file(s)" : "");
        return ActivityResult.Done;
    }
}
