using Library.Lending;
using Library.Languages;

namespace Library.ResourceSharing;

/// <summary>
/// A library we lend to, registered once by its code (Alma: Resource Sharing Partners). A lending request names it by
/// code and takes a copy of it with its workflow profile (<see cref="LendingPartner"/>), which the request keeps.
/// </summary>
public sealed class ResourceSharingPartner
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public PartnerProfileType ProfileType { get; set; }

    /// <summary>Where an Email partner's letters go; an ISO partner may have one too, for e-mails staff write.</summary>
    public string? Email { get; set; }

    /// <summary>The postal address physical loans are shipped to, as printed on the shipping slip; lines apart.</summary>
    public string? Address { get; set; }

    /// <summary>The partner's ISO 18626 agency id (e.g. <c>ISIL:BE-BRL01</c>); required for an ISO partner.</summary>
    public string? IsoSymbol { get; set; }

    /// <summary>Where ISO 18626 messages to the partner are posted.</summary>
    public string? IsoEndpoint { get; set; }

    /// <summary>
    /// The secret the ISO 18626 messages exchanged with the partner are authenticated with. It is kept as given, since
    /// it must be sent or checked, and never shown by the API.
    /// </summary>
    public string? SharedSecret { get; set; }

    /// <summary>The code of the partner's <see cref="LendingWorkflowProfile"/>.</summary>
    public required string WorkflowProfile { get; set; }

    /// <summary>The language of the partner's letters: a code of <see cref="Languages.Language"/>.</summary>
    public required string Language { get; set; }

    /// <summary>An inactive partner keeps its requests, but new ones naming it are refused.</summary>
    public bool Active { get; set; } = true;

    /// <summary>The partner as a new lending request records it, with <paramref name="profile"/>'s steps.</summary>
    public LendingPartner Snapshot(LendingWorkflowProfile profile) => new()
    {
        Code = Code, Name = Name, Email = Email, ProfileType = ProfileType, Language = LanguageCodes.TryParse(Language, out var language) ? language : null, Profile = profile.Snapshot(),
    };
}
