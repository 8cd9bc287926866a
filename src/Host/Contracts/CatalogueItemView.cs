using Library.Catalogue;

namespace Library.Host.Contracts;

public sealed record CatalogueItemView(string Barcode, string Title, string? Author, string? Isbn, string? Issn, string Library, string Location, string? MaterialType,
    string? MmsId, string? Volume, string? Issue, DateTime? MissingSince)
{
    public static CatalogueItemView Of(CatalogueItem i) =>
        new(i.Barcode, i.Title, i.Author, i.Isbn, i.Issn, i.Library, i.Location, i.MaterialType, i.MmsId, i.Volume, i.Issue, i.MissingSince);
}

/// <summary>One page of the catalogue, by barcode, and how many items match in all.</summary>
public sealed record CatalogueItemPageView(int Total, int Page, int PageSize, IReadOnlyList<CatalogueItemView> Items);

/// <summary>What an import did: items it added, and items it replaced (matched by barcode).</summary>
public sealed record CatalogueImportView(int Created, int Updated);
