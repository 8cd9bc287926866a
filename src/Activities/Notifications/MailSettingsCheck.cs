using Microsoft.Extensions.Options;

namespace Library.Notifications;

/// <summary>Stops start-up on an entry of <c>Mail:AllowedRecipients</c> that is no address nor domain, naming it.</summary>
public sealed class MailSettingsCheck : IValidateOptions<MailSettings>
{
    public ValidateOptionsResult Validate(string? name, MailSettings settings) =>
        settings.MalformedEntry() is { } entry
            ? ValidateOptionsResult.Fail(
                $"Mail:AllowedRecipients has '{entry}', which is neither one address (ill-desk@partner.example) nor a domain (@library.example).")
            : ValidateOptionsResult.Success;
}
