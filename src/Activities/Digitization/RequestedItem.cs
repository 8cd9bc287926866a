using Library.Catalogue;

namespace Library.Digitization;

public sealed class RequestedItem
{
    private string? isbn;

    public required string Barcode { get; set; }
    public required string Title { get; set; }
    public required string Library { get; set; }
    public required string Location { get; set; }
    public string? MaterialType { get; set; }

    /// <summary>The bibliographic record's MMS id.</summary>
    public string? MmsId { get; set; }

    /// <summary>The ISBN as given; <see cref="Isbn13"/> follows it, so an ISBN-10 and an ISBN-13 of one book match.</summary>
    public string? Isbn
    {
        get => isbn;
        set
        {
            isbn = value;
            Isbn13 = Catalogue.Isbn.ToIsbn13(value);
        }
    }

    public string? Isbn13 { get; private set; }

    /// <summary>The ISSN, <c>NNNN-NNNC</c>.</summary>
    public string? Issn { get; set; }

    public string? Volume { get; set; }
    public string? Issue { get; set; }
}
