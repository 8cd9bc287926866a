namespace Library.Host.Contracts;

/// <summary>A library and location, or a desk (a circulation desk or a department where items are scanned in).</summary>
public sealed record DestinationBody(string? Library, string? Location, string? Desk);
