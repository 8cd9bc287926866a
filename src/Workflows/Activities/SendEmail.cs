using System.ComponentModel;
using Microsoft.Extensions.Logging;
using MimeKit;
using Workflows.Mail;

namespace Workflows.Activities;

/// <summary>
/// Queues an e-mail in the step's transaction; it goes out over SMTP once the step has committed. The recipient must
/// be one address the application's <see cref="IRecipientPolicy"/> allows. Any other letter is not sent, and the step
/// goes on and says why in the history: refusing the letter, rather than faulting the step, keeps the request the
/// instance serves moving, while nothing leaves the service.
/// </summary>
[Description("Sends an e-mail to one address: a party of the work the instance serves, or one the host allows.")]
public sealed class SendEmail(IRecipientPolicy recipients, ILogger<SendEmail> logger) : Activity
{
    private static readonly ParserOptions OneAddress = new() { AllowAddressesWithoutDomain = false };

    public required Input<string> To { get; init; }
    public required Input<string> Subject { get; init; }
    public required Input<string> Body { get; init; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var to = context.Get(To) ?? "";
        var subject = context.Get(Subject);
        // Parsed as the dispatcher parses it, so the address checked is the one it would send to; a list, or an
        // address without a domain (which the SMTP server would deliver locally), is not one address.
        var refusal = MailboxAddress.TryParse(OneAddress, to, out var mailbox)
            ? await recipients.RefusalAsync(context, mailbox.Address)
            : "the recipient is not one e-mail address";
        if (refusal is not null)
        {
            logger.LogWarning("Step {Activity} did not send e-mail '{Subject}' to {To}: {Refusal}", context.ActivityId, subject, to, refusal);
            context.Note = $"e-mail '{subject}' to {to} not sent: {refusal}";
            return ActivityResult.Done;
        }
        context.SendEmail(new EmailMessage([mailbox!.Address], subject, context.Get(Body), []));
        context.Note = $"e-mail '{subject}' to {to}";
        return ActivityResult.Done;
    }
}
