using System.Text.Json.Serialization;

namespace Library.Requests;

/// <summary>A digitization request's status, named as Alma names it (seed 002, "Digitization Processing").</summary>
public enum RequestStatus
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

public static class RequestStatuses
{
    /// <summary>The status as staff read it, e.g. "Pickup From Shelf".</summary>
    public static string DisplayName(this RequestStatus status) => EnumNames<RequestStatus>.Of(status);

    public static bool TryParse(string? name, out RequestStatus status) => EnumNames<RequestStatus>.TryParse(name, out status);

    public static IEnumerable<string> All => EnumNames<RequestStatus>.All;

    /// <summary>A request in one of these statuses is finished: no further action applies to it.</summary>
    public static bool IsClosed(this RequestStatus status) =>
        status is RequestStatus.Completed or RequestStatus.Cancelled or RequestStatus.Rejected or RequestStatus.Expired;
}
