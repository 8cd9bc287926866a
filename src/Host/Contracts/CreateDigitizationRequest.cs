using FluentValidation;
using Library.Digitization;
using Library.Languages;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>
/// The body of <c>POST /api/digitization-requests</c>. The JSON reader leaves a missing field null whatever its type
/// says, so the validator still names each one missing; <see cref="Part"/> is nullable because only a partial scope
/// needs it.
/// </summary>
public sealed record CreateDigitizationRequest(
    RequesterBody Requester,
    ItemBody Item,
    string Scope,
    PartBody? Part,
    string? Department,
    string? Note,
    string? Inventory = null)
{
    /// <summary>
    /// The request in the domain's terms; only for a body its validator let through. No department means the
    /// institution's, and no language <paramref name="institutionLanguage"/>.
    /// </summary>
    public NewDigitizationRequest ToNewDigitizationRequest(Language institutionLanguage) => new(
        new Requester
        {
            Id = Requester.Id, Name = Requester.Name, Email = Requester.Email, UserGroup = Requester.UserGroup,
            Type = Requester.Type == "staff" ? RequesterType.Staff : RequesterType.Patron,
            Language = Requester.Language is null ? institutionLanguage : LanguageCodes.Parse(Requester.Language),
        },
        new RequestedItem
        {
            Barcode = Item.Barcode, Title = Item.Title, Library = Item.Library, Location = Item.Location, MaterialType = Item.MaterialType,
            MmsId = Item.MmsId, Isbn = Item.Isbn, Issn = Catalogue.Issn.Normalized(Item.Issn), Volume = Item.Volume, Issue = Item.Issue,
        },
        Scope == "partial" ? DigitizationScope.Partial : DigitizationScope.Full,
        Part is null ? null : new RequestedPart { Title = Part.Title, Author = Part.Author, Pages = Part.Pages },
        Department ?? Departments.Department.InstitutionCode,
        Note,
        Inventory is null ? null : Enum.Parse<DigitizationInventory>(Inventory, ignoreCase: true));
}

public sealed class CreateDigitizationRequestValidator : AbstractValidator<CreateDigitizationRequest>
{
    public static readonly string[] Scopes = ["full", "partial"];
    public static readonly string[] RequesterTypes = ["patron", "staff"];
    public static readonly string[] Inventories = ["physical", "electronic"];

    public CreateDigitizationRequestValidator()
    {
        // The nested checks wait for the object: the JSON reader leaves a missing one null, non-nullable or not.
        RuleFor(r => r.Requester).NotNull();
        When(r => r.Requester is not null, () =>
        {
            RuleFor(r => r.Requester.Id).NotEmpty().MaximumLength(100);
            RuleFor(r => r.Requester.Email).NotEmpty().EmailAddress().MaximumLength(254);
            RuleFor(r => r.Requester.UserGroup).NotEmpty().MaximumLength(100);
            RuleFor(r => r.Requester.Type).Must(t => t is null || RequesterTypes.Contains(t))
                .WithMessage("'requester.type' must be 'patron' or 'staff'.");
            RuleFor(r => r.Requester.Name).MaximumLength(200);
            RuleFor(r => r.Requester.Language).Must(l => l is null || LanguageCodes.TryParse(l, out _))
                .WithMessage($"'requester.language' must be {LanguageCodes.Listed}; leave it out for the institution's language.");
        });

        RuleFor(r => r.Item).NotNull();
        When(r => r.Item is not null, () =>
        {
            RuleFor(r => r.Item.Barcode).NotEmpty().MaximumLength(100);
            RuleFor(r => r.Item.Title).NotEmpty().MaximumLength(500);
            RuleFor(r => r.Item.Library).NotEmpty().MaximumLength(50);
            RuleFor(r => r.Item.Location).NotEmpty().MaximumLength(50);
            RuleFor(r => r.Item.MaterialType).MaximumLength(50);
            RuleFor(r => r.Item.MmsId).MaximumLength(50);
            RuleFor(r => r.Item.Isbn).Must(i => i is null || Catalogue.Isbn.IsValid(i))
                .WithMessage("'item.isbn' is not an ISBN: 10 or 13 digits (hyphens allowed) with a right check digit.");
            RuleFor(r => r.Item.Issn).Must(i => i is null || Catalogue.Issn.Normalized(i) is not null)
                .WithMessage("'item.issn' is not an ISSN: NNNN-NNNC with a right check digit.");
            RuleFor(r => r.Item.Volume).MaximumLength(50);
            RuleFor(r => r.Item.Issue).MaximumLength(50);
        });

        RuleFor(r => r.Scope).NotEmpty()
            .Must(s => Scopes.Contains(s)).WithMessage("'scope' must be 'full' or 'partial'.");
        RuleFor(r => r.Part).NotNull().When(r => r.Scope == "partial")
            .WithMessage("'part' is required when scope is 'partial': give the chapter, article or page range.");
        When(r => r.Part is not null, () =>
        {
            RuleFor(r => r.Part!).Must(p => !string.IsNullOrWhiteSpace(p.Title) || !string.IsNullOrWhiteSpace(p.Pages))
                .WithMessage("'part' needs a title or pages.");
            RuleFor(r => r.Part!.Title).MaximumLength(500);
            RuleFor(r => r.Part!.Author).MaximumLength(300);
            RuleFor(r => r.Part!.Pages).MaximumLength(50);
        });

        RuleFor(r => r.Department).MaximumLength(50).Matches("^[A-Za-z0-9_-]+$")
            .When(r => r.Department is not null)
            .WithMessage("'department' is a department code: letters, digits, '_' and '-'.");
        RuleFor(r => r.Note).MaximumLength(2000);
        RuleFor(r => r.Inventory).Must(i => i is null || Inventories.Contains(i))
            .WithMessage("'inventory' must be 'physical' or 'electronic'; leave it out to digitize the item unless its record has only a representation.");
    }
}
