namespace Library.Iso18626;

/// <summary>Where and when the item was published; the date is free text in the standard.</summary>
public sealed record PublicationInfo(
    string? Publisher = null, string? PublicationType = null, string? PublicationDate = null, string? PlaceOfPublication = null);
