using System.ComponentModel;
using Library.Persistence;
using Library.Requests;
using Workflows.Activities;

namespace Library.Notifications;

/// <summary>Sends the requester a letter; the e-mail is queued in the step's transaction and sent after commit.</summary>
[Description("E-mails the requester a letter.")]
public sealed class NotifyRequester(LibraryDbContext db) : Activity
{
    public required Input<Letter> Letter { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.RequestOfAsync(context);
        await db.Entry(request).Collection(r => r.Attachments).LoadAsync(context.CancellationToken);
        var letter = context.Get(Letter);
        var message = LetterComposer.Compose(letter, request);
        context.SendEmail(message);
        context.Note = $"{letter} sent to {request.Requester.Email}"
                       + (message.Attachments.Count > 0 ? $" with {message.Attachments.Count} file(s)" : "");
        return ActivityResult.Done;
    }
}
