using MimeKit;

namespace Library.Notifications;

/// <summary>Section <c>Mail</c>: whom, besides the parties of the request an instance serves, a definition's own letters may go to.</summary>
public sealed class MailSettings
{
    private static readonly ParserOptions Strict = new() { AllowAddressesWithoutDomain = false };

    /// <summary>
    /// Addresses (<c>ill-desk@partner.example</c>) and domains (<c>@library.example</c>: any address at exactly that
    /// domain, not at its subdomains) that a definition's SendEmail may write to whatever the request: the library's
    /// own mailboxes, for instance.
    /// </summary>
    public List<string> AllowedRecipients { get; set; } = [];

    /// <summary>Whether <paramref name="address"/> (one bare address) is listed, or its domain is; without regard to case.</summary>
    public bool Allows(string address) => AllowedRecipients.Any(entry => IsDomain(entry)
        ? address.EndsWith(entry, StringComparison.OrdinalIgnoreCase)
        : string.Equals(address, entry, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first entry that is neither one bare address nor <c>@</c> and a domain; null when every entry is one.</summary>
    public string? MalformedEntry() =>
        AllowedRecipients.FirstOrDefault(entry => !IsDomain(entry) && !(MailboxAddress.TryParse(Strict, entry, out var mailbox) && mailbox.Address == entry));

    private static bool IsDomain(string entry) => entry.StartsWith('@') && Uri.CheckHostName(entry[1..]) == UriHostNameType.Dns;
}
