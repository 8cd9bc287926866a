using System.ComponentModel;
using Workflows.Mail;

namespace Workflows.Activities;

/// <summary>Queues an e-mail in the step's transaction; it goes out over SMTP once the step has committed.</summary>
[Description("Sends an e-mail.")]
public sealed class SendEmail : Activity
{
    public required Input<string> To { get; init; }
    public required Input<string> Subject { get; init; }
    public required Input<string> Body { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var message = new EmailMessage([context.Get(To)], context.Get(Subject), context.Get(Body), []);
        context.SendEmail(message);
        context.Note = $"e-mail '{message.Subject}' to {message.To[0]}";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
