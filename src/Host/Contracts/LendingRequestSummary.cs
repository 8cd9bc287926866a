using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>A row of the lending requests list.</summary>
public sealed record LendingRequestSummary(
    Guid Id, LendingStatus Status, bool Active, string PartnerCode, string ExternalId, RequestedFormat RequestedFormat,
    string Title, string Barcode, string? Assignee, DateOnly? DueDate, DateTime CreatedAt, DateTime UpdatedAt);
