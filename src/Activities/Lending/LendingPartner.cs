using Library.Languages;

namespace Library.Lending;

/// <summary>The borrowing library, as it was when the request came in.</summary>
public sealed class LendingPartner
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public PartnerProfileType ProfileType { get; set; }

    /// <summary>The language of the partner's letters; null on requests that came in before partners had one, which get the institution's.</summary>
    public Language? Language { get; set; }
    public required PartnerWorkflowProfile Profile { get; set; }
}
