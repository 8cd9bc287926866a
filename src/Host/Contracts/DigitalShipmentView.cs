namespace Library.Host.Contracts;

/// <summary>What was shipped digitally: the files attached to the letter, or the address (with its limits for a delivery link).</summary>
public sealed record DigitalShipmentView(IReadOnlyList<ShippedFileView> Files, string? Url, int? MaxAccessCount, DateTime? AvailableUntil, string? TermsOfUse);
