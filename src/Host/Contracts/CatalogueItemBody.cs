using FluentValidation;
using Library.Catalogue;

namespace Library.Host.Contracts;

/// <summary>
/// An item of the catalogue as <c>PUT /api/items/{barcode}</c> takes it; the path names the barcode. The record's MMS id
/// and a serial's volume and issue are optional, so files and scripts written before them still read.
/// </summary>
public sealed record CatalogueItemBody(string Title, string? Author, string? Isbn, string? Issn, string Library, string Location, string? MaterialType,
    string? MmsId = null, string? Volume = null, string? Issue = null)
{
    /// <summary>A new item <paramref name="barcode"/> with the body's fields; only for a body its validator let through.</summary>
    public CatalogueItem NewItem(string barcode)
    {
        var item = new CatalogueItem { Barcode = barcode, Title = Title, Library = Library, Location = Location };
        ApplyTo(item);
        return item;
    }

    /// <summary>Copies the body onto <paramref name="item"/>; only for a body its validator let through. Empty texts mean none.</summary>
    public void ApplyTo(CatalogueItem item)
    {
        item.Title = Title;
        item.Author = Author is { Length: > 0 } ? Author : null;
        item.Isbn = Isbn is { Length: > 0 } ? Isbn : null;
        item.Issn = Issn is { Length: > 0 } ? Issn : null;
        item.Library = Library;
        item.Location = Location;
        item.MaterialType = MaterialType is { Length: > 0 } ? MaterialType : null;
        item.MmsId = MmsId is { Length: > 0 } ? MmsId : null;
        item.Volume = Volume is { Length: > 0 } ? Volume : null;
        item.Issue = Issue is { Length: > 0 } ? Issue : null;
    }
}

public sealed class CatalogueItemBodyValidator : AbstractValidator<CatalogueItemBody>
{
    public CatalogueItemBodyValidator()
    {
        RuleFor(i => i.Title).NotEmpty().MaximumLength(500);
        RuleFor(i => i.Author).MaximumLength(300);
        RuleFor(i => i.Isbn).MaximumLength(20);
        RuleFor(i => i.Issn).MaximumLength(20);
        RuleFor(i => i.Library).NotEmpty().MaximumLength(50);
        RuleFor(i => i.Location).NotEmpty().MaximumLength(50);
        RuleFor(i => i.MaterialType).MaximumLength(50);
        RuleFor(i => i.MmsId).MaximumLength(50);
        RuleFor(i => i.Volume).MaximumLength(50);
        RuleFor(i => i.Issue).MaximumLength(50);
    }

    public const int MaxBarcodeLength = 100;

    /// <summary>Why <paramref name="barcode"/> is refused as an item's barcode, or null when it is one.</summary>
    public static string? BarcodeProblem(string? barcode) =>
        barcode is not { Length: > 0 and <= MaxBarcodeLength } || barcode.Any(char.IsControl) || barcode.Trim() != barcode
            ? $"'barcode' must be 1 to {MaxBarcodeLength} characters, without control characters or spaces at its ends."
            : null;
}
