using System.Text.Json.Serialization;

namespace Library.Digitization;

/// <summary>A digitization request's status, named as Alma names it (Alma: Digitization Processing).</summary>
public enum DigitizationStatus
{
    [JsonStringEnumMemberName("Pickup From Shelf")] PickupFromShelf,
    [JsonStringEnumMemberName("In Transit")] InTransit,
    [JsonStringEnumMemberName("Digitization")] Digitization,
    [JsonStringEnumMemberName("Document Delivery")] DocumentDelivery,
    [JsonStringEnumMemberName("Digital Inventory")] DigitalInventory,
    [JsonStringEnumMemberName("Completed")] Completed,
    [JsonStringEnumMemberName("Cancelled")] Cancelled,
    [JsonStringEnumMemberName("Rejected")] Rejected,
    [JsonStringEnumMemberName("Expired")] Expired,
}

public static class DigitizationStatuses
{
    /// <summary>The status as staff read it, e.g. "Pickup From Shelf".</summary>
    public static string DisplayName(this DigitizationStatus status) => EnumNames<DigitizationStatus>.Of(status);

    public static bool TryParse(string? name, out DigitizationStatus status) => EnumNames<DigitizationStatus>.TryParse(name, out status);

    public static IEnumerable<string> All => EnumNames<DigitizationStatus>.All;

    /// <summary>A request in one of these statuses is finished: no further action applies to it.</summary>
    public static bool IsClosed(this DigitizationStatus status) =>
        status is DigitizationStatus.Completed or DigitizationStatus.Cancelled or DigitizationStatus.Rejected or DigitizationStatus.Expired;
}
