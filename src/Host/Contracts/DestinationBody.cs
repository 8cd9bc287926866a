namespace Library.Host.Contracts;

/// <summary>
/// A library and location, or a desk (a circulation desk or a department where items are scanned in); each field is
/// nullable because the other kind leaves it out.
/// </summary>
public sealed record DestinationBody(string? Library, string? Location, string? Desk);
