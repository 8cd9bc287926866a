using Library.Host.Validation;
using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>
/// The body of <c>POST /api/lending-requests</c>. The partner is named by its code and must be registered and active
/// (<c>/api/partners</c>); the request keeps a copy of it and of its workflow profile as they are now. The JSON reader
/// leaves a missing field null whatever its type says, so the validator still names each one missing;
/// <see cref="RequesterEmail"/> is nullable because only a digital request needs it.
/// </summary>
public sealed record CreateLendingRequest(
    string PartnerCode,
    string ExternalId,
    string RequestedFormat,
    LendingItemBody Item,
    string? RequesterEmail,
    DateOnly? NeededBy,
    string? Note)
{
    /// <summary>Whether the request asks for a digital copy; only for a body its validator let through.</summary>
    public bool AsksForDigital() => EnumNames<RequestedFormat>.TryParse(RequestedFormat, out var format) && format == Lending.RequestedFormat.Digital;

    /// <summary>The request in the domain's terms, from <paramref name="partner"/>; only for a body its validator let through. Empty e-mails mean none.</summary>
    public NewLendingRequest ToNewLendingRequest(LendingPartner partner)
    {
        EnumNames<RequestedFormat>.TryParse(RequestedFormat, out var format);
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
        RuleFor(r => r.PartnerCode).NotEmpty().MaximumLength(50);
        RuleFor(r => r.ExternalId).NotEmpty().MaximumLength(100);
        RuleFor(r => r.RequestedFormat).NotEmpty()
            .Must(f => EnumNames<RequestedFormat>.TryParse(f, out _)).WithMessage($"'requestedFormat' must be {EnumNames<RequestedFormat>.Listed}.");
        // The nested checks wait for the object: the JSON reader leaves a missing one null, non-nullable or not.
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
        RuleFor(r => r.RequesterEmail).EmailAddress().MaximumLength(254);
        RuleFor(r => r.NeededBy).WithinCalendar();
        RuleFor(r => r.Note).MaximumLength(2000);
    }
}
