using Library.Digitization;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>A row of the in-process items list, with the row actions valid now.</summary>
public sealed record DigitizationRequestSummary(Guid Id, DigitizationStatus Status, DigitizationInventory Inventory, string Barcode, string Title, string? PartTitle, DigitizationScope Scope,
    string Department, DigitizationTarget Target, string RequesterId, string? RequesterName, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<string> Actions);
