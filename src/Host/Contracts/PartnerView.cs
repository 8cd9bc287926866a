using Library.Lending;
using Library.ResourceSharing;

namespace Library.Host.Contracts;

/// <summary>A partner as the API shows it: its shared secret never, only whether one is set.</summary>
public sealed record PartnerView(
    string Code, string Name, PartnerProfileType ProfileType, string? Email, string? IsoSymbol, string? IsoEndpoint, bool HasSharedSecret,
    string WorkflowProfile, string Language, bool Active, string? Address)
{
    public static PartnerView Of(ResourceSharingPartner p) =>
        new(p.Code, p.Name, p.ProfileType, p.Email, p.IsoSymbol, p.IsoEndpoint, p.SharedSecret is not null, p.WorkflowProfile, p.Language, p.Active, p.Address);
}
