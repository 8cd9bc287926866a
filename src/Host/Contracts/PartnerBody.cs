using FluentValidation;
using Library.Host.Validation;
using Library.Lending;
using Library.Languages;
using Library.ResourceSharing;

namespace Library.Host.Contracts;

/// <summary>
/// A resource-sharing partner as <c>POST /api/partners</c> and <c>PUT …/{code}</c> take it. <see cref="Code"/> may be
/// left out of a PUT, whose path names the partner. <see cref="SharedSecret"/>: left out or null keeps the one set,
/// an empty string removes it. <see cref="Language"/> left out keeps the partner's, which starts as the institution's
/// (<c>Letters:DefaultLanguage</c>); <see cref="Active"/> is true when left out.
/// <see cref="Address"/> is the postal address for the shipping slip, its lines apart.
/// </summary>
public sealed record PartnerBody(
    string? Code, string Name, string ProfileType, string? Email, string? IsoSymbol, string? IsoEndpoint, string? SharedSecret,
    string WorkflowProfile, string? Language, bool? Active, string? Address = null)
{
    /// <summary>Copies the body onto <paramref name="partner"/>; only for a body its validator let through. Empty texts mean none.</summary>
    public void ApplyTo(ResourceSharingPartner partner)
    {
        EnumNames<PartnerProfileType>.TryParse(ProfileType, out var profileType);
        partner.Name = Name;
        partner.ProfileType = profileType;
        partner.Email = Email is { Length: > 0 } ? Email : null;
        partner.IsoSymbol = IsoSymbol is { Length: > 0 } ? IsoSymbol : null;
        partner.IsoEndpoint = IsoEndpoint is { Length: > 0 } ? IsoEndpoint : null;
        if (SharedSecret is not null) partner.SharedSecret = SharedSecret.Length > 0 ? SharedSecret : null;
        partner.WorkflowProfile = WorkflowProfile;
        if (Language is { Length: > 0 }) partner.Language = Language.ToLowerInvariant();
        partner.Active = Active ?? true;
        partner.Address = Address is { Length: > 0 } ? Address.ReplaceLineEndings("\n").Trim() : null;
    }
}

public sealed class PartnerBodyValidator : AbstractValidator<PartnerBody>
{
    public PartnerBodyValidator()
    {
        RuleFor(p => p.Code).Must(c => ConfigurationCode.Problem(c, "a partner") is null).When(p => p.Code is not null)
            .WithMessage(p => ConfigurationCode.Problem(p.Code, "a partner")!);
        RuleFor(p => p.Name).NotEmpty().MaximumLength(200);
        RuleFor(p => p.ProfileType).NotEmpty()
            .Must(t => EnumNames<PartnerProfileType>.TryParse(t, out _)).WithMessage($"'profileType' must be {EnumNames<PartnerProfileType>.Listed}.");
        RuleFor(p => p.Email).NotEmpty().When(p => IsType(p, PartnerProfileType.Email))
            .WithMessage("'email' is required for an Email partner: the partner's letters go there.");
        RuleFor(p => p.Email).EmailAddress().MaximumLength(254);
        // ISO 18626 names an agency by its type and value, e.g. ISIL:BE-BRL01.
        RuleFor(p => p.IsoSymbol).NotEmpty().When(p => IsType(p, PartnerProfileType.ISO))
            .WithMessage("'isoSymbol' is required for an ISO partner: its ISO 18626 messages name it.");
        RuleFor(p => p.IsoSymbol).MaximumLength(100).Matches("^[A-Za-z0-9]+:[^\\s:]+$").When(p => p.IsoSymbol is { Length: > 0 })
            .WithMessage("'isoSymbol' is an ISO 18626 agency id, its type and value: ISIL:BE-BRL01.");
        RuleFor(p => p.IsoEndpoint).MaximumLength(2000)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https").When(p => p.IsoEndpoint is { Length: > 0 })
            .WithMessage("'isoEndpoint' must be an absolute http or https address.");
        RuleFor(p => p.SharedSecret).MaximumLength(500);
        RuleFor(p => p.Address).MaximumLength(PartnerAddress.MaxLength);
        RuleFor(p => p.WorkflowProfile).NotEmpty().MaximumLength(ConfigurationCode.MaxLength);
        RuleFor(p => p.Language).Must(l => LanguageCodes.TryParse(l, out _)).When(p => p.Language is { Length: > 0 })
            .WithMessage($"'language' must be one of {string.Join(", ", EnumNames<Language>.All)}.");
    }

    private static bool IsType(PartnerBody p, PartnerProfileType type) => EnumNames<PartnerProfileType>.TryParse(p.ProfileType, out var t) && t == type;
}
