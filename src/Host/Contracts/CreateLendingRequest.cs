using Library.Host.Validation;
using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// The body of <c>POST /api/lending-requests</c>. The JSON reader leaves a missing field null whatever its type says,
/// so the validator still names each one missing; <see cref="RequesterEmail"/> is nullable because only a digital
/// request needs it.
/// </summary>
public sealed record CreateLendingRequest(
    PartnerBody Partner,
    string ExternalId,
    string RequestedFormat,
    LendingItemBody Item,
    string? RequesterEmail,
    DateOnly? NeededBy,
    string? Note)
{
    /// <summary>The request in the domain's terms; only for a body its validator let through. Empty e-mails mean none.</summary>
    public NewLendingRequest ToNewLendingRequest()
    {
        EnumNames<PartnerProfileType>.TryParse(Partner.ProfileType, out var profileType);
        EnumNames<RequestedFormat>.TryParse(RequestedFormat, out var format);
        var partner = new LendingPartner
        {
            Code = Partner.Code, Name = Partner.Name, Email = Partner.Email is { Length: > 0 } email ? email : null, ProfileType = profileType,
            Profile = new PartnerWorkflowProfile
            {
                AwaitDigitalReceipt = Partner.AwaitDigitalReceipt ?? false,
                WillSupplyStep = Partner.WillSupplyStep ?? true,
                ManualRenewStep = Partner.ManualRenewStep ?? true,
                ReactivateStep = Partner.ReactivateStep ?? true,
                IsoCheckInMessage = Partner.IsoCheckInMessage ?? true,
            },
        };
        var item = new LendingItem
        {
            Barcode = Item.Barcode, Title = Item.Title, Author = Item.Author, Isbn = Item.Isbn, Library = Item.Library, Location = Item.Location,
        };
        return new NewLendingRequest(partner, ExternalId, format, item, RequesterEmail is { Length: > 0 } requesterEmail ? requesterEmail : null, NeededBy, Note);
    }
}

public sealed class CreateLendingRequestValidator : AbstractValidator<CreateLendingRequest>
{
    public CreateLendingRequestValidator()
    {
        // The nested checks wait for the object: the JSON reader leaves a missing one null, non-nullable or not.
        RuleFor(r => r.Partner).NotNull();
        When(r => r.Partner is not null, () =>
        {
            RuleFor(r => r.Partner.Code).NotEmpty().MaximumLength(50);
            RuleFor(r => r.Partner.Name).NotEmpty().MaximumLength(200);
            RuleFor(r => r.Partner.ProfileType).NotEmpty()
                .Must(t => EnumNames<PartnerProfileType>.TryParse(t, out _)).WithMessage($"'partner.profileType' must be {EnumNames<PartnerProfileType>.Listed}.");
            RuleFor(r => r.Partner.Email).NotEmpty().When(r => r.Partner.ProfileType == "Email")
                .WithMessage("'partner.email' is required for an Email partner: the partner's letters go there.");
            RuleFor(r => r.Partner.Email).EmailAddress().MaximumLength(254);
        });
        RuleFor(r => r.ExternalId).NotEmpty().MaximumLength(100);
        RuleFor(r => r.RequestedFormat).NotEmpty()
            .Must(f => EnumNames<RequestedFormat>.TryParse(f, out _)).WithMessage($"'requestedFormat' must be {EnumNames<RequestedFormat>.Listed}.");
        RuleFor(r => r.Item).NotNull();
        When(r => r.Item is not null, () =>
        {
            RuleFor(r => r.Item.Barcode).NotEmpty().MaximumLength(100);
            RuleFor(r => r.Item.Title).NotEmpty().MaximumLength(500);
            RuleFor(r => r.Item.Author).MaximumLength(300);
            RuleFor(r => r.Item.Isbn).MaximumLength(20);
            RuleFor(r => r.Item.Library).NotEmpty().MaximumLength(50);
            RuleFor(r => r.Item.Location).NotEmpty().MaximumLength(50);
        });
        // Alma: Managing Resource Sharing Lending Requests: a digital request can only be supplied when the requester has an e-mail address.
        RuleFor(r => r.RequesterEmail).NotEmpty().When(r => string.Equals(r.RequestedFormat, "Digital", StringComparison.OrdinalIgnoreCase))
            .WithMessage("Requester Email Empty: a digital request can only be supplied when the requester has an e-mail address.");
        RuleFor(r => r.RequesterEmail).EmailAddress().MaximumLength(254);
        RuleFor(r => r.NeededBy).WithinCalendar();
        RuleFor(r => r.Note).MaximumLength(2000);
    }
}
